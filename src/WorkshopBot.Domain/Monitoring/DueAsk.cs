namespace WorkshopBot.Domain.Monitoring;

// That the owner was asked (or reminded, or nudged by a moderator) for one indicator's period.
// Saved with the ETag before the card is sent, so exactly one app instance sends it.
public sealed record DueAsk(string IndicatorId, string PeriodKey, string OwnerId, DateTimeOffset FirstAskedAt, DateTimeOffset LastAskedAt, int Times);
