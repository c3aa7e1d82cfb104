namespace WorkshopBot.Domain.Summaries;

// When reminders may go out: never at night or in the weekend, in the partners' own time zone
// (Europe/Amsterdam), and at most once per Interval per reviewer.
public sealed record ReminderPolicy(TimeSpan Interval, TimeZoneInfo Zone, TimeOnly DayStart, TimeOnly DayEnd)
{
    public static ReminderPolicy Default { get; } = new(
        TimeSpan.FromDays(1),
        TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam"),
        new TimeOnly(9, 0),
        new TimeOnly(17, 30));

    public bool IsSendingAllowedAt(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, Zone);
        if (local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            return false;
        }

        var time = TimeOnly.FromDateTime(local.DateTime);
        return time >= DayStart && time < DayEnd;
    }
}
