using WorkshopBot.Application.Ports;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Ports;

namespace WorkshopBot.Web.Workshop;

// The application's timer port: a started timer goes on the shared watch list (IRunningTimerStore)
// that TimerAnnouncer reads on every instance.
public sealed class TimerWatch(IRunningTimerStore store) : ITimerAnnouncements
{
    public Task WatchAsync(string werkgroepId, string conversationId, DateTimeOffset endsAt, Language language, CancellationToken cancellationToken) =>
        store.WatchAsync(new RunningTimer(werkgroepId, conversationId, endsAt, language), cancellationToken);
}
