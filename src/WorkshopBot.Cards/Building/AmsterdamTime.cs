namespace WorkshopBot.Cards.Building;

// Workshops run in the Netherlands; times on cards are shown in Europe/Amsterdam regardless of the
// server's zone. When the host has no tz database we fall back to the EU rule (CET/CEST, switching
// on the last Sunday of March and October at 01:00 UTC).
internal static class AmsterdamTime
{
    private static readonly TimeZoneInfo Zone = Load();

    public static DateTimeOffset Convert(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

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
