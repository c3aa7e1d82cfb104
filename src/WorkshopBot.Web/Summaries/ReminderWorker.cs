using Microsoft.Extensions.Options;
using WorkshopBot.Application.Summaries;

namespace WorkshopBot.Web.Summaries;

// Runs on every app instance: every PollInterval it asks ReviewDeadlineHandler to close reviews whose
// deadline passed and remind non-respondents, and logs what that did.
public sealed partial class ReminderWorker(
    ReviewDeadlineHandler deadlines,
    IOptions<ReminderOptions> options,
    TimeProvider timeProvider,
    ILogger<ReminderWorker> logger) : BackgroundService
{
    public async Task<ReviewDeadlineRun> RunOnceAsync(CancellationToken cancellationToken)
    {
        var run = await deadlines.RunOnceAsync(cancellationToken);
        foreach (var failure in run.Failures)
        {
            LogReviewFailed(logger, failure.ReviewId, failure.Exception);
        }

        if (run.DidAnything)
        {
            LogRun(logger, run.Closed, run.Reminded, run.Unreachable, run.Undelivered);
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
                    // Also a storage call that timed out (a cancellation nobody asked for): an escaped
                    // exception would stop the whole host; the next tick tries again.
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Reviews: {Closed} closed at their deadline; reminders: {Reminded} sent, {Unreachable} reviewers unreachable, {Undelivered} not delivered.")]
    private static partial void LogRun(ILogger logger, int closed, int reminded, int unreachable, int undelivered);

    [LoggerMessage(Level = LogLevel.Error, Message = "Review {ReviewId} could not be processed.")]
    private static partial void LogReviewFailed(ILogger logger, string reviewId, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reminder tick failed.")]
    private static partial void LogTickFailed(ILogger logger, Exception exception);
}
