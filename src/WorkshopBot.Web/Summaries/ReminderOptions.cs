using WorkshopBot.Domain.Summaries;

namespace WorkshopBot.Web.Summaries;

// Configuration section "Reminders". Defaults: check every minute, remind a non-respondent at most
// once a day, only on weekdays 09:00–17:30 Europe/Amsterdam; a review runs seven days unless the
// moderator sets a deadline.
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(1);

    public TimeOnly DayStart { get; set; } = new(9, 0);

    public TimeOnly DayEnd { get; set; } = new(17, 30);

    public string TimeZone { get; set; } = "Europe/Amsterdam";

    public TimeSpan DefaultReviewPeriod { get; set; } = TimeSpan.FromDays(7);

    public ReminderPolicy ToPolicy() => new(Interval, TimeZoneInfo.FindSystemTimeZoneById(TimeZone), DayStart, DayEnd);
}
