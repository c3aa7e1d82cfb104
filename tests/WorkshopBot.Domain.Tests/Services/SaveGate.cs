using WorkshopBot.TestKit.Domain;

namespace WorkshopBot.Domain.Tests.Services;

// A HookedWorkshopStore hook that can hold the next werkgroep save until released, so the test knows
// that later updates queue up behind a write in flight (the situation group commit is for). Records how
// many events each save carried, and can make one save throw as unreachable storage would.
internal sealed class SaveGate
{
    private readonly Lock _lock = new();
    private readonly List<int> _eventsPerSave = [];
    private TaskCompletionSource? _held;
    private TaskCompletionSource? _release;
    private int _saves;
    private int _failAt = -1;
    private TaskCompletionSource _holding = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // Event counts of the werkgroep saves that passed the gate, in order.
    public IReadOnlyList<int> EventsPerSave
    {
        get
        {
            lock (_lock)
            {
                return _eventsPerSave.ToArray();
            }
        }
    }

    // Completes when the held save has reached the store.
    public Task Holding => _holding.Task;

    public HookedWorkshopStore Around(InMemoryWorkshopStore store) => new(store) { BeforeWerkgroepSave = BeforeSaveAsync };

    public void HoldNextSave()
    {
        _holding = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _held = _release;
    }

    public void Release() => _release?.TrySetResult();

    // The save with this 1-based number (counting from now) throws, as an unreachable storage would.
    public void FailSave(int number) => _failAt = _saves + number;

    private async Task BeforeSaveAsync(WerkgroepSave save, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _held, null) is { } held)
        {
            _holding.TrySetResult();
            await held.Task;
        }

        lock (_lock)
        {
            _eventsPerSave.Add(save.Events.Count);
            if (++_saves == _failAt)
            {
                throw new InvalidOperationException("Table storage is unreachable.");
            }
        }
    }
}
