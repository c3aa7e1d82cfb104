using System.Globalization;
using WorkshopBot.Application.Localization;
using WorkshopBot.Domain.Localization;

namespace WorkshopBot.Application.Summaries;

// The deadline input: a date from Input.Date ("yyyy-MM-dd") means the end of that working day in
// the Netherlands; a full ISO timestamp is taken as is.
public static class SummaryDeadline
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
    private static readonly TimeOnly EndOfDay = new(17, 0);

    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var local = date.ToDateTime(EndOfDay);
            return new DateTimeOffset(local, Amsterdam.GetUtcOffset(local));
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;
    }

    // The moderator's Input.Date ("yyyy-MM-dd") and Input.Time ("HH:mm") in Amsterdam time. A time
    // that does not exist (the spring-forward hour) is taken as the same wall-clock time after it.
    public static DateTimeOffset? ParseLocal(string? date, string? time)
    {
        if (!DateOnly.TryParseExact(date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            || !TimeOnly.TryParseExact(time?.Trim(), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            return null;
        }

        var local = day.ToDateTime(at);
        if (Amsterdam.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(local, Amsterdam.GetUtcOffset(local));
    }

    public static string Format(DateTimeOffset? deadline, Language language)
    {
        var text = MessageText.For(language);
        return deadline is { } at
            ? TimeZoneInfo.ConvertTime(at, Amsterdam).ToString(text.DeadlinePattern, CultureInfo.GetCultureInfo(Languages.Locale(language)))
            : text.DeadlineToBeDecided;
    }
}
