namespace WorkshopBot.Domain.Monitoring;

// One period of one indicator whose data is missing: ended, no current measurement (tellen) or no story
// (vertellen). Owner is null when nobody owns the indicator yet; Organisation is the owner's, else the
// definition sheet's owner organisation.
public sealed record DueItem(
    string IndicatorId,
    string IndicatorName,
    MonitoringPeriod Period,
    DataOwner? Owner,
    string? Organisation,
    bool Overdue,
    DueAsk? LastAsk);
