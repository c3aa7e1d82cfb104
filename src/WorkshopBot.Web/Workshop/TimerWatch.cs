using System.Collections.Concurrent;
using WorkshopBot.Cards;

namespace WorkshopBot.Web.Workshop;

// Running timers this instance started, so TimerAnnouncer knows where to post when one ends. The
// store has no "all running timers" query; the werkgroep's own Timer stays the truth (see
// TimerAnnouncer), this list only says where to look.
public sealed class TimerWatch
{
    private readonly ConcurrentDictionary<string, WatchedTimer> timers = new();

    public void Watch(string werkgroepId, string conversationId, DateTimeOffset endsAt, CardLanguage language) =>
        timers[werkgroepId] = new WatchedTimer(werkgroepId, conversationId, endsAt, language);

    public IReadOnlyList<WatchedTimer> Due(DateTimeOffset now) => timers.Values.Where(t => t.EndsAt <= now).ToList();

    public IReadOnlyList<WatchedTimer> All => timers.Values.ToList();

    // Only forgets the timer that was announced: a timer restarted meanwhile stays watched.
    public void Forget(WatchedTimer timer) => timers.TryRemove(new KeyValuePair<string, WatchedTimer>(timer.WerkgroepId, timer));
}
