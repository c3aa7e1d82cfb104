namespace WorkshopBot.Domain.Monitoring;

// One 1:1 due card to send: an owner and one of their indicators, with the periods still missing.
public sealed record DueRequest(DataOwner Owner, string IndicatorId, IReadOnlyList<MonitoringPeriod> Periods);
