using WorkshopBot.Domain.Summaries;

namespace WorkshopBot.Web.Summaries;

public static class SummaryComposition
{
    // The summary review flow: publisher, review service and the reminder worker (options section
    // "Reminders"). Needs AddWorkshopTables (ISummaryReviewStore), AddWorkshopDomain and
    // AddWorkshopBotHandler (connector, conversation references).
    public static IHostApplicationBuilder AddSummaryReviews(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ReminderOptions>()
            .BindConfiguration(ReminderOptions.Section)
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.Interval > TimeSpan.Zero && o.DayStart < o.DayEnd && o.DefaultReviewPeriod > TimeSpan.Zero, "Reminders: intervals must be positive and DayStart before DayEnd.")
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Reminders:TimeZone is not a known time zone.")
            .ValidateOnStart();
        services.AddSingleton<SummaryReviewWriter>();
        services.AddSingleton<SummaryMessaging>();
        services.AddSingleton<SummaryPublisher>();
        services.AddSingleton<ReviewService>();
        services.AddSingleton<ReminderWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<ReminderWorker>());
        return builder;
    }
}
