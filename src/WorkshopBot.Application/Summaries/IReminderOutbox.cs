using WorkshopBot.Domain.Summaries;

namespace WorkshopBot.Application.Summaries;

// The deadline run's way to Teams. Unlike ISummaryOutbox it is not bound to a command's conversation:
// reminders start from the review's own thread, whose reference any app instance can read.
public interface IReminderOutbox
{
    // The review's thread as the starting point of 1:1 chats; null while its reference is not stored.
    Task<IReminderThread?> ThreadAsync(SummaryReview review, CancellationToken cancellationToken);

    // The shared card in the thread shows the review as it is now (the final tally once closed).
    Task UpdateSharedCardAsync(SummaryReview review, CancellationToken cancellationToken);
}
