using Microsoft.Extensions.Options;
using WorkshopBot.Application.Localization;
using WorkshopBot.Application.Summaries;
using WorkshopBot.BotProtocol.Connector;
using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.Cards;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.Domain.Trajecten;

namespace WorkshopBot.Web.Summaries;

// Runs on every app instance. Each tick it closes reviews whose deadline passed and reminds
// non-respondents in office hours. Both are claimed by saving with the ETag first: the instance whose
// save wins does the sending, the others skip, so nobody gets a reminder or final tally twice.
public sealed partial class ReminderWorker(
    ISummaryReviewStore store,
    SummaryReviewWriter writer,
    SummaryMessaging messaging,
    IOptions<ReminderOptions> options,
    TimeProvider timeProvider,
    ILogger<ReminderWorker> logger) : BackgroundService
{
    private readonly ReminderPolicy policy = options.Value.ToPolicy();

    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        foreach (var row in await store.ListOpenAsync(cancellationToken))
        {
            try
            {
                await ProcessAsync(row, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One broken review must not stop the others.
                LogReviewFailed(logger, row.Value.Id, ex);
            }
        }
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
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
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

    private async Task ProcessAsync(Versioned<SummaryReview> row, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var review = row.Value;

        var closing = review.CloseIfDue(now);
        if (closing.HasChanges)
        {
            if ((await store.SaveAsync(closing.Aggregate, row.ETag, closing.Events, cancellationToken)).IsSaved)
            {
                LogClosed(logger, review.Id);
                await messaging.UpdateSharedCardAsync(closing.Aggregate, cancellationToken);
            }

            return;
        }

        var due = review.DueReminders(now, policy);
        if (due.Count == 0)
        {
            return;
        }

        // Without the thread's reference there is no bot account or tenant to start a 1:1 from;
        // leave the reminders unclaimed so a later tick can still send them.
        var origin = await messaging.ThreadReferenceAsync(review, cancellationToken);
        if (origin is null)
        {
            return;
        }

        var claim = review.MarkReminded(due.Select(r => r.UserId).ToList(), now);
        if (!(await store.SaveAsync(claim.Aggregate, row.ETag, claim.Events, cancellationToken)).IsSaved)
        {
            // Another instance claimed this round, or an answer came in: the next tick looks again.
            return;
        }

        var language = Languages.FromLocale(origin.Locale);
        var card = ReminderCard.Build(SummaryViews.Reminder(review), language);
        var unreachable = new List<Reviewer>();
        await Parallel.ForEachAsync(
            due,
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (reviewer, ct) =>
            {
                try
                {
                    await messaging.SendPersonalAsync(origin, reviewer.UserId, reviewer.Name, card, ct);
                }
                catch (ConnectorException ex) when (ex.ShouldDropConversationReference)
                {
                    lock (unreachable)
                    {
                        unreachable.Add(reviewer);
                    }
                }
                catch (ConnectorException ex)
                {
                    // Claimed but not delivered: one lost reminder rather than a duplicate.
                    LogReminderFailed(logger, review.Id, ex);
                }
            });
        LogReminded(logger, review.Id, due.Count - unreachable.Count);

        if (unreachable.Count > 0)
        {
            await ReportUnreachableAsync(review, origin, unreachable, language, cancellationToken);
        }
    }

    private async Task ReportUnreachableAsync(SummaryReview review, ConversationReference origin, IReadOnlyList<Reviewer> unreachable, Language language, CancellationToken cancellationToken)
    {
        await writer.UpdateAsync(
            review.TrajectId,
            review.Id,
            (current, now) =>
            {
                var change = Domain.Change<SummaryReview>.Unchanged(current);
                var events = new List<Domain.Audit.WorkshopEvent>();
                foreach (var reviewer in unreachable)
                {
                    change = change.Aggregate.MarkUnreachable(reviewer.UserId, now);
                    events.AddRange(change.Events);
                }

                return new Domain.Change<SummaryReview>(change.Aggregate, events);
            },
            cancellationToken);

        var names = string.Join(", ", unreachable.Select(r => r.NameWithOrganisation()));
        var text = MessageText.Fill(MessageText.For(language).RemindersUnreachableFormat, review.Version, review.Content.WerkgroepName ?? review.Content.Title, names);
        var notice = NoticeCard.Build(new Cards.Views.NoticeView(Cards.Views.NoticeSeverity.Warning, text), language);
        foreach (var moderator in review.Moderators)
        {
            try
            {
                await messaging.SendPersonalAsync(origin, moderator.UserId, moderator.Name, notice, cancellationToken);
            }
            catch (ConnectorException ex)
            {
                LogReminderFailed(logger, review.Id, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Review {ReviewId} closed at its deadline.")]
    private static partial void LogClosed(ILogger logger, string reviewId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Review {ReviewId}: {Count} reminders sent.")]
    private static partial void LogReminded(ILogger logger, string reviewId, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Review {ReviewId}: a reminder or notice could not be sent.")]
    private static partial void LogReminderFailed(ILogger logger, string reviewId, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Review {ReviewId} could not be processed.")]
    private static partial void LogReviewFailed(ILogger logger, string reviewId, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reminder tick failed.")]
    private static partial void LogTickFailed(ILogger logger, Exception exception);
}
