using WorkshopBot.Storage.Protocol;

namespace WorkshopBot.Web.Hosting;

// Runs TableActivityDedupeSweeper now and then; the sweeper's lease makes one instance sweep per hour.
public sealed partial class DedupeSweepService(
    TableActivityDedupeSweeper sweeper,
    TimeProvider time,
    ILogger<DedupeSweepService> logger) : BackgroundService
{
    public static readonly TimeSpan CheckInterval = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var ticker = new PeriodicTimer(CheckInterval, time);
        while (await ticker.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (await sweeper.SweepIfDueAsync(stoppingToken) is { } deleted)
                {
                    LogSwept(logger, deleted);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // Storage unreachable: the rows wait for the next round; never stop the host for this.
                LogSweepFailed(logger, ex.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} old dedupe rows.")]
    private static partial void LogSwept(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sweeping old dedupe rows failed ({ExceptionType}).")]
    private static partial void LogSweepFailed(ILogger logger, string exceptionType);
}
