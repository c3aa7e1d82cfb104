namespace WorkshopBot.Domain.Time;

// Workshops run in the Netherlands: cards and exports show Europe/Amsterdam time regardless of the
// server's zone. Only the conversion lives here; wording (month names, formats) stays in each text table.
// When the host has no tz database (slim containers) we fall back to the EU rule: CET, CEST from the
// last Sunday of March to the last Sunday of October, switching at 01:00 UTC.
public static class AmsterdamTime
{
    private static readonly TimeZoneInfo Zone = Load();

    public static DateTimeOffset Convert(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    // The calendar day in Amsterdam at this instant.
    public static DateOnly Today(DateTimeOffset instant) => DateOnly.FromDateTime(Convert(instant).DateTime);

    // Midnight of this Amsterdam calendar day as an instant (monitoring periods start and end there).
    public static DateTimeOffset StartOfDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    private static TimeZoneInfo Load()
    {
        foreach (var id in new[] { "Europe/Amsterdam", "W. Europe Standard Time" })
        {
            if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
            {
                return zone;
            }
        }

        var start = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 5, DayOfWeek.Sunday);
        var end = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0), 10, 5, DayOfWeek.Sunday);
        var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(DateTime.MinValue.Date, DateTime.MaxValue.Date, TimeSpan.FromHours(1), start, end);
        return TimeZoneInfo.CreateCustomTimeZone("Europe/Amsterdam", TimeSpan.FromHours(1), "Europe/Amsterdam", "CET", "CEST", [rule]);
    }
}
