using WorkshopBot.Application.Summaries;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.Domain.Trajecten;

namespace WorkshopBot.Application.Tests.Summaries;

// IReminderOutbox that records every send attempt. Reviewers listed in Unreachable or Failing get that
// delivery; reviews listed in WithoutThread have no stored thread yet, and reviews listed in Broken
// throw when their thread is looked up.
internal sealed class RecordingReminderOutbox : IReminderOutbox
{
    private readonly Lock gate = new();

    public Language Language { get; set; } = Language.Dutch;

    public HashSet<string> Unreachable { get; } = [];

    public HashSet<string> Failing { get; } = [];

    public HashSet<string> WithoutThread { get; } = [];

    public HashSet<string> Broken { get; } = [];

    public List<SummaryReview> SharedUpdates { get; } = [];

    public List<(string ReviewId, string UserId)> Reminders { get; } = [];

    public List<(string ReviewId, string UserId, string Text)> Notices { get; } = [];

    public IReadOnlyList<string> Reminded(SummaryReview review)
    {
        lock (gate)
        {
            return [.. Reminders.Where(r => r.ReviewId == review.Id).Select(r => r.UserId).Order(StringComparer.Ordinal)];
        }
    }

    public Task<IReminderThread?> ThreadAsync(SummaryReview review, CancellationToken cancellationToken)
    {
        if (Broken.Contains(review.Id))
        {
            throw new InvalidOperationException($"The thread of {review.Id} cannot be read.");
        }

        return Task.FromResult<IReminderThread?>(WithoutThread.Contains(review.Id) ? null : new Thread(this, review.Id));
    }

    public Task UpdateSharedCardAsync(SummaryReview review, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            SharedUpdates.Add(review);
        }

        return Task.CompletedTask;
    }

    private sealed class Thread(RecordingReminderOutbox outbox, string reviewId) : IReminderThread
    {
        public Language Language => outbox.Language;

        public Task<ReminderDelivery> SendReminderAsync(Reviewer reviewer, CancellationToken cancellationToken)
        {
            lock (outbox.gate)
            {
                outbox.Reminders.Add((reviewId, reviewer.UserId));
            }

            return Task.FromResult(
                outbox.Unreachable.Contains(reviewer.UserId) ? ReminderDelivery.Unreachable
                : outbox.Failing.Contains(reviewer.UserId) ? ReminderDelivery.Failed
                : ReminderDelivery.Delivered);
        }

        public Task SendNoticeAsync(Person moderator, string text, CancellationToken cancellationToken)
        {
            lock (outbox.gate)
            {
                outbox.Notices.Add((reviewId, moderator.UserId, text));
            }

            return Task.CompletedTask;
        }
    }
}
