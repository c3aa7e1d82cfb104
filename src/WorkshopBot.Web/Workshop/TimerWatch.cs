using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Ports;

namespace WorkshopBot.Web.Workshop;

// What the bot handler calls when a moderator starts a timer: puts it on the shared watch list
// (IRunningTimerStore) that TimerAnnouncer reads on every instance.
public sealed class TimerWatch(IRunningTimerStore store)
{
    public Task WatchAsync(string werkgroepId, string conversationId, DateTimeOffset endsAt, Language language, CancellationToken cancellationToken) =>
        store.WatchAsync(new RunningTimer(werkgroepId, conversationId, endsAt, language), cancellationToken);
}
