using Microsoft.Extensions.Options;
using WorkshopBot.Application.Monitoring;
using WorkshopBot.Web.Summaries;

namespace WorkshopBot.Web.Monitoring;

// Runs on every app instance: every Reminders:PollInterval it asks DataOwnerDueHandler to send the due
// cards that may go out now (office hours, once a week per owner and indicator), and logs what it did.
public sealed partial class DataOwnerDueWorker(
    DataOwnerDueHandler due,
    IOptions<ReminderOptions> options,
    TimeProvider timeProvider,
    ILogger<DataOwnerDueWorker> logger) : BackgroundService
{
    public async Task<DataOwnerDueRun> RunOnceAsync(CancellationToken cancellationToken)
    {
        var run = await due.RunOnceAsync(cancellationToken);
        foreach (var (werkgroepId, error) in run.Failures)
        {
            LogWerkgroepFailed(logger, werkgroepId, error);
        }

        if (run.Sent + run.Unreachable + run.Undelivered > 0)
        {
            LogRun(logger, run.Sent, run.Unreachable, run.Undelivered);
        }

        return run;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval, timeProvider);
        try
        {
            do
            {
                try
                {
                    await RunOnceAsync(stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    // An escaped exception would stop the whole host; the next tick tries again.
                    LogTickFailed(logger, ex);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Due cards: {Sent} sent, {Unreachable} owners unreachable, {Undelivered} not delivered.")]
    private static partial void LogRun(ILogger logger, int sent, int unreachable, int undelivered);

    [LoggerMessage(Level = LogLevel.Error, Message = "Monitoring of werkgroep {WerkgroepId} could not be processed.")]
    private static partial void LogWerkgroepFailed(ILogger logger, string werkgroepId, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Due-card tick failed.")]
    private static partial void LogTickFailed(ILogger logger, Exception exception);
}
