using System.Collections.Concurrent;
using WorkshopBot.Domain.Ports;

namespace WorkshopBot.TestKit.Domain;

public sealed class InMemoryRunningTimerStore : IRunningTimerStore
{
    private readonly ConcurrentDictionary<string, RunningTimer> timers = new(StringComparer.Ordinal);

    public Task WatchAsync(RunningTimer timer, CancellationToken cancellationToken)
    {
        timers[timer.WerkgroepId] = timer;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<RunningTimer>> ListDueAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RunningTimer>>(timers.Values.Where(t => t.EndsAt <= now).ToList());

    // Removes the entry only while it is still this timer, as the Table store's ETag-checked delete does.
    public Task ForgetAsync(RunningTimer timer, CancellationToken cancellationToken)
    {
        timers.TryRemove(new KeyValuePair<string, RunningTimer>(timer.WerkgroepId, timer));
        return Task.CompletedTask;
    }
}
