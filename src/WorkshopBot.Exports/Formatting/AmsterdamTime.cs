namespace WorkshopBot.Exports.Formatting;

// Dates in exports are what a Dutch reader expects: local Amsterdam date, month names written out.
// Month names are spelled here rather than taken from CultureInfo so the output does not depend on
// the host's ICU data.
internal static class AmsterdamTime
{
    private static readonly TimeZoneInfo Zone = FindZone();

    private static readonly string[] DutchMonths =
    [
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ];

    private static readonly string[] EnglishMonths =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    public static DateTime ToLocal(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Zone).DateTime;

    public static string LongDate(DateTimeOffset moment, ExportLanguage language)
    {
        var local = ToLocal(moment);
        var months = language == ExportLanguage.English ? EnglishMonths : DutchMonths;
        return $"{local.Day} {months[local.Month - 1]} {local.Year}";
    }

    public static string IsoDate(DateTimeOffset moment) => ToLocal(moment).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        }
        catch (TimeZoneNotFoundException)
        {
            // Slim containers can lack tzdata; fall back to the EU rule (CET, CEST from the last Sunday
            // of March to the last Sunday of October) so dates still flip at local midnight.
            var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
                DateTime.MinValue.Date,
                DateTime.MaxValue.Date,
                TimeSpan.FromHours(1),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 5, DayOfWeek.Sunday),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0), 10, 5, DayOfWeek.Sunday));
            return TimeZoneInfo.CreateCustomTimeZone("Europe/Amsterdam", TimeSpan.FromHours(1), "Europe/Amsterdam", "CET", "CEST", [rule]);
        }
    }
}
