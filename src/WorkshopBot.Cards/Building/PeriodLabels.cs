using WorkshopBot.Cards.Localization;
using WorkshopBot.Domain.Monitoring;
using static WorkshopBot.Cards.Building.Chrome;

namespace WorkshopBot.Cards.Building;

// "3e kwartaal 2026", "juli 2026", "2e halfjaar 2026", "2026" (or in English).
public static class PeriodLabels
{
    public static string Of(MonitoringPeriod period, MonitoringCardText t) => period.Frequency switch
    {
        MonitoringFrequency.Monthly => $"{t.Months[period.Index - 1]} {period.Year}",
        MonitoringFrequency.Quarterly => Format(t.QuarterFormat, period.Year, period.Index),
        MonitoringFrequency.HalfYearly => Format(t.HalfYearFormat, period.Year, period.Index),
        _ => Format(t.YearFormat, period.Year),
    };

    public static string Of(string periodKey, MonitoringCardText t) => MonitoringPeriod.Parse(periodKey) is { } p ? Of(p, t) : periodKey;
}
