namespace WorkshopBot.Web.Hosting;

// The loop the host's polling jobs share (summary reminders, data owners' due cards): a tick at start, then
// one every interval. A failed tick is logged and the next one tries again — also a storage call that timed
// out (a cancellation nobody asked for) — because an escaped exception would stop the whole host.
public abstract partial class PeriodicWorker(TimeSpan interval, TimeProvider timeProvider, ILogger logger) : BackgroundService
{
    protected ILogger Logger { get; } = logger;

    protected abstract Task TickAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, timeProvider);
        try
        {
            do
            {
                try
                {
                    await TickAsync(stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    LogTickFailed(Logger, GetType().Name, ex);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Worker} tick failed; the next tick tries again.")]
    private static partial void LogTickFailed(ILogger logger, string worker, Exception exception);
}
