using Microsoft.Extensions.Options;
using WorkshopBot.Application.Summaries;
using WorkshopBot.Domain.Services;
using WorkshopBot.Web.Workshop;

namespace WorkshopBot.Web.Summaries;

public static class SummaryComposition
{
    // The summary review flow: the application's handlers, their ways to Teams and the reminder worker
    // (options section "Reminders"). Needs AddWorkshopTables (ISummaryReviewStore), AddWorkshopDomain
    // (WorkshopWriteOptions, handlers, links) and AddWorkshopBotHandler (connector, conversation references).
    public static IHostApplicationBuilder AddSummaryReviews(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ReminderOptions>()
            .BindConfiguration(ReminderOptions.Section)
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.Interval > TimeSpan.Zero && o.DayStart < o.DayEnd && o.DefaultReviewPeriod > TimeSpan.Zero, "Reminders: intervals must be positive and DayStart before DayEnd.")
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Reminders:TimeZone is not a known time zone.")
            .ValidateOnStart();
        services.AddSingleton(sp => new ReviewPeriod(sp.GetRequiredService<IOptions<ReminderOptions>>().Value.DefaultReviewPeriod));

        // The same concurrency policy (WorkshopWriteOptions) as WorkshopService's.
        services.AddSingleton<OptimisticConcurrency>();
        services.AddSingleton<SummaryReviewWriter>();
        services.AddSingleton<IBoardLinks>(sp => sp.GetRequiredService<WorkshopLinks>());
        services.AddSingleton<SummaryPublishHandler>();
        services.AddSingleton<ReviewCommandHandler>();
        services.AddSingleton<SummaryMessaging>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ReminderOptions>>().Value.ToPolicy());
        services.AddSingleton<IReminderOutbox, ReminderOutbox>();
        services.AddSingleton<ReviewDeadlineHandler>();
        services.AddSingleton<ReminderWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<ReminderWorker>());
        return builder;
    }
}
