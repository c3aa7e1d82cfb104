using WorkshopBot.Domain.Localization;

namespace WorkshopBot.Domain.Ports;

// A werkgroep timer being watched for its end: where to announce it and in which language.
public sealed record RunningTimer(string WerkgroepId, string ConversationId, DateTimeOffset EndsAt, Language Language);
