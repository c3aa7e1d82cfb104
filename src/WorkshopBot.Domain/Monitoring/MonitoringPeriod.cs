using System.Globalization;
using WorkshopBot.Domain.Time;

namespace WorkshopBot.Domain.Monitoring;

// One measuring period of a frequency: month 1–12, quarter 1–4, half 1–2 or the year (Index 1).
// Periods are calendar periods in Europe/Amsterdam: Q1 2027 starts at 1 January 00:00 Amsterdam time
// (31 December 23:00 UTC), whatever the server's zone. Key is the stable text form ("2026-Q3",
// "2026-M07", "2026-H2", "2026") used in storage, card data and exports.
public sealed record MonitoringPeriod(MonitoringFrequency Frequency, int Year, int Index)
{
    public string Key => Frequency switch
    {
        MonitoringFrequency.Monthly => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-M{Index:D2}"),
        MonitoringFrequency.Quarterly => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-Q{Index}"),
        MonitoringFrequency.HalfYearly => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-H{Index}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    // First day of the period (Amsterdam calendar).
    public DateOnly FirstDay => new(Year, ((Index - 1) * Frequency.MonthsPerPeriod()) + 1, 1);

    // First day after the period: the day its data becomes due.
    public DateOnly EndExclusive => FirstDay.AddMonths(Frequency.MonthsPerPeriod());

    public DateOnly LastDay => EndExclusive.AddDays(-1);

    // Data of a period is asked for from the day after it ends and expected within this many days.
    public const int DaysToDeliver = 28;

    public DateOnly DueBy => EndExclusive.AddDays(DaysToDeliver);

    public DateTimeOffset StartsAt => AmsterdamTime.StartOfDay(FirstDay);

    public DateTimeOffset EndsAt => AmsterdamTime.StartOfDay(EndExclusive);

    public bool HasEndedAt(DateTimeOffset now) => now >= EndsAt;

    public bool HasStartedAt(DateTimeOffset now) => now >= StartsAt;

    public bool IsOverdueAt(DateTimeOffset now) => now >= AmsterdamTime.StartOfDay(DueBy);

    public MonitoringPeriod Next() => Index == Frequency.PeriodsPerYear() ? this with { Year = Year + 1, Index = 1 } : this with { Index = Index + 1 };

    public MonitoringPeriod Previous() => Index == 1 ? this with { Year = Year - 1, Index = Frequency.PeriodsPerYear() } : this with { Index = Index - 1 };

    public static MonitoringPeriod Containing(MonitoringFrequency frequency, DateOnly day) =>
        new(frequency, day.Year, ((day.Month - 1) / frequency.MonthsPerPeriod()) + 1);

    public static MonitoringPeriod Containing(MonitoringFrequency frequency, DateTimeOffset instant) =>
        Containing(frequency, AmsterdamTime.Today(instant));

    // The most recent period that has ended at `now`: the one whose data is asked for.
    public static MonitoringPeriod LastEnded(MonitoringFrequency frequency, DateTimeOffset now) =>
        Containing(frequency, now).Previous();

    // The periods from the one containing `since` up to the last one ended at `now`, oldest first.
    public static IReadOnlyList<MonitoringPeriod> EndedBetween(MonitoringFrequency frequency, DateOnly since, DateTimeOffset now)
    {
        var periods = new List<MonitoringPeriod>();
        var last = LastEnded(frequency, now);
        for (var p = Containing(frequency, since); p.CompareTo(last) <= 0; p = p.Next())
        {
            periods.Add(p);
        }

        return periods;
    }

    public int CompareTo(MonitoringPeriod other) => FirstDay.CompareTo(other.FirstDay);

    // Parses a Key back; null for anything else (a card's data is not trusted).
    public static MonitoringPeriod? Parse(string? key)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length < 4
            || !int.TryParse(key.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year) || year < 2000 || year > 2100)
        {
            return null;
        }

        if (key.Length == 4)
        {
            return new MonitoringPeriod(MonitoringFrequency.Yearly, year, 1);
        }

        if (key.Length < 7 || key[4] != '-' || !int.TryParse(key.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out int index))
        {
            return null;
        }

        MonitoringFrequency? frequency = key[5] switch
        {
            'M' => MonitoringFrequency.Monthly,
            'Q' => MonitoringFrequency.Quarterly,
            'H' => MonitoringFrequency.HalfYearly,
            _ => null,
        };
        if (frequency is not { } f || index < 1 || index > f.PeriodsPerYear())
        {
            return null;
        }

        var period = new MonitoringPeriod(f, year, index);
        return period.Key == key ? period : null;
    }
}
