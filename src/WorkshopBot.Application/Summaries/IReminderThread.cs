using WorkshopBot.Domain;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Trajecten;

namespace WorkshopBot.Application.Summaries;

// 1:1 chats started from one review's thread (see IReminderOutbox.ThreadAsync).
public interface IReminderThread
{
    // The language of the thread's reference: reminders and notices are written in it.
    Language Language { get; }

    // The reminder card of the review in a 1:1 chat with the reviewer.
    Task<ReminderDelivery> SendReminderAsync(Reviewer reviewer, CancellationToken cancellationToken);

    // Best effort: a warning notice in a 1:1 chat with a moderator; a failed send is logged by the host.
    Task SendNoticeAsync(Person moderator, string text, CancellationToken cancellationToken);
}
