using Microsoft.Extensions.Options;
using WorkshopBot.Application.Summaries;
using WorkshopBot.Web.Hosting;

namespace WorkshopBot.Web.Summaries;

// Runs on every app instance: every PollInterval it asks ReviewDeadlineHandler to close reviews whose
// deadline passed and remind non-respondents, and logs what that did.
public sealed partial class ReminderWorker(
    ReviewDeadlineHandler deadlines,
    IOptions<ReminderOptions> options,
    TimeProvider timeProvider,
    ILogger<ReminderWorker> logger) : PeriodicWorker(options.Value.PollInterval, timeProvider, logger)
{
    public async Task<ReviewDeadlineRun> RunOnceAsync(CancellationToken cancellationToken)
    {
        var run = await deadlines.RunOnceAsync(cancellationToken);
        foreach (var failure in run.Failures)
        {
            LogReviewFailed(Logger, failure.ReviewId, failure.Exception);
        }

        if (run.DidAnything)
        {
            LogRun(Logger, run.Closed, run.Reminded, run.Unreachable, run.Undelivered);
        }

        return run;
    }

    protected override Task TickAsync(CancellationToken cancellationToken) => RunOnceAsync(cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reviews: {Closed} closed at their deadline; reminders: {Reminded} sent, {Unreachable} reviewers unreachable, {Undelivered} not delivered.")]
    private static partial void LogRun(ILogger logger, int closed, int reminded, int unreachable, int undelivered);

    [LoggerMessage(Level = LogLevel.Error, Message = "Review {ReviewId} could not be processed.")]
    private static partial void LogReviewFailed(ILogger logger, string reviewId, Exception exception);
}
