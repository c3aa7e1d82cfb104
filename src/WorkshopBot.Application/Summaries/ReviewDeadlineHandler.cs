using WorkshopBot.Application.Localization;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.Domain.Trajecten;

namespace WorkshopBot.Application.Summaries;

// Runs on every app instance, on the host's timer. Each run closes the reviews whose deadline passed and
// reminds non-respondents in office hours. Both are claimed by saving with the ETag first: the instance
// whose save wins does the sending, the others skip, so nobody gets a reminder or final tally twice.
public sealed class ReviewDeadlineHandler(
    ISummaryReviewStore store,
    SummaryReviewWriter writer,
    IReminderOutbox outbox,
    ReminderPolicy policy,
    TimeProvider timeProvider)
{
    // Sends wait in the connector's pacer anyway; this bounds how many wait at once.
    private const int ParallelSends = 8;

    public async Task<ReviewDeadlineRun> RunOnceAsync(CancellationToken cancellationToken)
    {
        var tally = new Tally();
        foreach (var row in await store.ListOpenAsync(cancellationToken))
        {
            try
            {
                await ProcessAsync(row, tally, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One broken review must not stop the others; the host logs it.
                tally.Failures.Add(new ReviewFailure(row.Value.Id, ex));
            }
        }

        return new ReviewDeadlineRun(tally.Closed, tally.Reminded, tally.Unreachable, tally.Undelivered, tally.Failures);
    }

    private async Task ProcessAsync(Versioned<SummaryReview> row, Tally tally, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var review = row.Value;

        var closing = review.CloseIfDue(now);
        if (closing.HasChanges)
        {
            if ((await store.SaveAsync(closing.Aggregate, row.ETag, closing.Events, cancellationToken)).IsSaved)
            {
                tally.Closed++;
                await outbox.UpdateSharedCardAsync(closing.Aggregate, cancellationToken);
            }

            return;
        }

        var due = review.DueReminders(now, policy);
        if (due.Count == 0)
        {
            return;
        }

        // Without the thread's reference there is no bot account or tenant to start a 1:1 from;
        // leave the reminders unclaimed so a later run can still send them.
        var thread = await outbox.ThreadAsync(review, cancellationToken);
        if (thread is null)
        {
            return;
        }

        var claim = review.MarkReminded([.. due.Select(r => r.UserId)], now);
        if (!(await store.SaveAsync(claim.Aggregate, row.ETag, claim.Events, cancellationToken)).IsSaved)
        {
            // Another instance claimed this round, or an answer came in: the next run looks again.
            return;
        }

        // Claimed: a reminder that fails now is lost rather than sent twice.
        var deliveries = new ReminderDelivery[due.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, due.Count),
            new ParallelOptions { MaxDegreeOfParallelism = ParallelSends, CancellationToken = cancellationToken },
            async (i, ct) => deliveries[i] = await thread.SendReminderAsync(due[i], ct));

        IReadOnlyList<Reviewer> unreachable = [.. due.Where((_, i) => deliveries[i] == ReminderDelivery.Unreachable)];
        tally.Reminded += deliveries.Count(d => d == ReminderDelivery.Delivered);
        tally.Undelivered += deliveries.Count(d => d == ReminderDelivery.Failed);
        tally.Unreachable += unreachable.Count;
        if (unreachable.Count > 0)
        {
            await ReportUnreachableAsync(review, thread, unreachable, cancellationToken);
        }
    }

    // Unreachable reviewers are not reminded again, and the moderators are asked to reach them in person.
    private async Task ReportUnreachableAsync(SummaryReview review, IReminderThread thread, IReadOnlyList<Reviewer> unreachable, CancellationToken cancellationToken)
    {
        await writer.UpdateAsync(
            review.TrajectId,
            review.Id,
            (current, now) =>
            {
                var change = Change<SummaryReview>.Unchanged(current);
                var events = new List<WorkshopEvent>();
                foreach (var reviewer in unreachable)
                {
                    change = change.Aggregate.MarkUnreachable(reviewer.UserId, now);
                    events.AddRange(change.Events);
                }

                return new Change<SummaryReview>(change.Aggregate, events);
            },
            cancellationToken);

        var names = string.Join(", ", unreachable.Select(r => r.NameWithOrganisation()));
        var text = MessageText.Fill(MessageText.For(thread.Language).RemindersUnreachableFormat, review.Version, review.Content.WerkgroepName ?? review.Content.Title, names);
        foreach (var moderator in review.Moderators)
        {
            await thread.SendNoticeAsync(moderator, text, cancellationToken);
        }
    }

    private sealed class Tally
    {
        public int Closed { get; set; }

        public int Reminded { get; set; }

        public int Unreachable { get; set; }

        public int Undelivered { get; set; }

        public List<ReviewFailure> Failures { get; } = [];
    }
}
