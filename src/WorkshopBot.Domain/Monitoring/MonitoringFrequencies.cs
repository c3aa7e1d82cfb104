namespace WorkshopBot.Domain.Monitoring;

// The definition sheet's frequency is typed by people ("per kwartaal", "elk kwartaal", "quarterly",
// "2x per jaar"), so it is recognised by its words rather than by one fixed spelling. A frequency that
// says nothing recognisable (e.g. "bij elke bijeenkomst") has no periods: nobody is asked for data.
public static class MonitoringFrequencies
{
    public static MonitoringFrequency? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = text.Trim().ToLowerInvariant();

        // "half jaar" and "2x per jaar" contain "jaar": test the halves before the year.
        if (ContainsAny(t, "maand", "month"))
        {
            return MonitoringFrequency.Monthly;
        }

        if (ContainsAny(t, "kwartaal", "quarter", "4x per jaar", "4 keer per jaar", "vier keer per jaar"))
        {
            return MonitoringFrequency.Quarterly;
        }

        if (ContainsAny(t, "half jaar", "halfjaar", "halfjaarlijks", "half-jaar", "semester", "half year", "half-year", "halfyear", "biannual", "twice a year",
            "2x per jaar", "2 keer per jaar", "twee keer per jaar", "tweemaal per jaar"))
        {
            return MonitoringFrequency.HalfYearly;
        }

        if (ContainsAny(t, "jaar", "year", "annual"))
        {
            return MonitoringFrequency.Yearly;
        }

        return null;
    }

    public static int PeriodsPerYear(this MonitoringFrequency frequency) => frequency switch
    {
        MonitoringFrequency.Monthly => 12,
        MonitoringFrequency.Quarterly => 4,
        MonitoringFrequency.HalfYearly => 2,
        _ => 1,
    };

    public static int MonthsPerPeriod(this MonitoringFrequency frequency) => 12 / frequency.PeriodsPerYear();

    private static bool ContainsAny(string text, params string[] words) => words.Any(w => text.Contains(w, StringComparison.Ordinal));
}
