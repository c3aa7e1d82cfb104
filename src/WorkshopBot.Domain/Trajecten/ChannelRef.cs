namespace WorkshopBot.Domain.Trajecten;

// Where the large group (de grote groep) meets: enough to post a proactive message there later,
// without the domain knowing Bot Framework types.
public sealed record ChannelRef(string ConversationId, string ServiceUrl, string? TeamId = null, string? ChannelName = null);
