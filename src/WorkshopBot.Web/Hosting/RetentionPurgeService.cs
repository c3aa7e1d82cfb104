using Microsoft.Extensions.Options;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Privacy;

namespace WorkshopBot.Web.Hosting;

// The retention purge (docs/privacy.md) without an operator: every few hours the host deletes or blanks
// what is past its RetentionPolicy period ("Retention" section) — dedupe rows with stored answers,
// conversation references, audit names and details. The purge is idempotent, so with several instances
// doing it the result is the same; `workshopbot privacy purge` runs the same pass by hand.
public sealed partial class RetentionPurgeService(
    IPersonalDataStore personalData,
    IOptions<RetentionPolicy> policy,
    TimeProvider time,
    ILogger<RetentionPurgeService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(6);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var ticker = new PeriodicTimer(Interval, time);
        while (await ticker.WaitForNextTickAsync(stoppingToken))
        {
            await PurgeOnceAsync(stoppingToken);
        }
    }

    public async Task<RetentionReport?> PurgeOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var report = await personalData.PurgeExpiredAsync(policy.Value, time.GetUtcNow(), cancellationToken);
            LogPurged(logger, report.ProcessedActivitiesDeleted, report.ConversationReferencesDeleted, report.AuditEventsBlanked);
            return report;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Storage unreachable: what is due waits for the next round; never stop the host for this.
            LogPurgeFailed(logger, ex.GetType().Name);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention purge: {Activities} dedupe rows and {References} conversation references deleted, {Audit} audit events blanked.")]
    private static partial void LogPurged(ILogger logger, int activities, int references, int audit);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The retention purge failed ({ExceptionType}); it runs again in a few hours.")]
    private static partial void LogPurgeFailed(ILogger logger, string exceptionType);
}
