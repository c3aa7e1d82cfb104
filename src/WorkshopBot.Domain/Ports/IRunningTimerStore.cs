namespace WorkshopBot.Domain.Ports;

// The timers running right now, shared by every app instance, so a timer is still announced when the
// instance that started it restarted or is gone. The werkgroep's own Timer stays the truth (the
// announcer clears it with an ETag-checked save before posting); this list only says where to look.
public interface IRunningTimerStore
{
    // One entry per werkgroep: a restarted timer replaces the entry of the one before.
    Task WatchAsync(RunningTimer timer, CancellationToken cancellationToken);

    // Every watched timer whose EndsAt is at or before now.
    Task<IReadOnlyList<RunningTimer>> ListDueAsync(DateTimeOffset now, CancellationToken cancellationToken);

    // Forgets only this timer: an entry restarted meanwhile (another EndsAt) stays watched, even when the
    // restart races with this call.
    Task ForgetAsync(RunningTimer timer, CancellationToken cancellationToken);
}
