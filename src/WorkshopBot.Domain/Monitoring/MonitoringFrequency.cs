namespace WorkshopBot.Domain.Monitoring;

// How often an indicator is measured, read from the free-text "frequentie" of its definition sheet.
public enum MonitoringFrequency
{
    Monthly,
    Quarterly,
    HalfYearly,
    Yearly,
}
