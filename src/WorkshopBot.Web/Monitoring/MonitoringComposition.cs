using WorkshopBot.Application.Monitoring;

namespace WorkshopBot.Web.Monitoring;

public static class MonitoringComposition
{
    // Step 6, the improvement cycle: the monitoring handlers, the way to data owners' 1:1 chats and the
    // due-card worker. Needs AddSummaryReviews (OptimisticConcurrency, SummaryMessaging, ReminderPolicy)
    // and the bot table stores (IMonitoringStore).
    public static IHostApplicationBuilder AddMonitoring(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<MonitoringWriter>();
        services.AddSingleton<ChartImageLinks>();
        services.AddSingleton<IDataOwnerOutbox, DataOwnerOutbox>();
        services.AddSingleton<MonitoringCommandHandler>();
        services.AddSingleton<DataOwnerDueHandler>();
        services.AddSingleton<DataOwnerDueWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<DataOwnerDueWorker>());
        return builder;
    }
}
