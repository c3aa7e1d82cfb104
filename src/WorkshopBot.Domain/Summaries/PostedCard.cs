namespace WorkshopBot.Domain.Summaries;

// Where the summary card was posted: the new thread in the large group's channel.
public sealed record PostedCard(string ConversationId, string ActivityId, string ServiceUrl);
