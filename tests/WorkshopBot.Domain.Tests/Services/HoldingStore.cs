using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Domain.Tests.Services;

// Can hold the next werkgroep save until released, so the test knows that later updates queue up behind
// a write in flight (the situation group commit is for). Records how many events each save carried.
internal sealed class HoldingStore(IWorkshopStore inner) : IWorkshopStore
{
    private readonly Lock _lock = new();
    private readonly List<int> _eventsPerSave = [];
    private TaskCompletionSource? _held;
    private TaskCompletionSource? _release;
    private int _saves;
    private int _failAt = -1;
    private TaskCompletionSource _holding = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // Event counts of the werkgroep saves that reached the store, in order.
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

    public void HoldNextSave()
    {
        _holding = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _held = _release;
    }

    public void Release() => _release?.TrySetResult();

    // The save with this 1-based number (counting from now) throws, as an unreachable storage would.
    public void FailSave(int number) => _failAt = _saves + number;

    public async Task<SaveResult> SaveWerkgroepAsync(Werkgroep werkgroep, string? expectedETag, IReadOnlyList<WorkshopEvent> events, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _held, null) is { } held)
        {
            _holding.TrySetResult();
            await held.Task;
        }

        lock (_lock)
        {
            _eventsPerSave.Add(events.Count);
            if (++_saves == _failAt)
            {
                throw new InvalidOperationException("Table storage is unreachable.");
            }
        }

        return await inner.SaveWerkgroepAsync(werkgroep, expectedETag, events, cancellationToken);
    }

    public Task<Versioned<Werkgroep>?> GetWerkgroepAsync(string werkgroepId, CancellationToken cancellationToken) => inner.GetWerkgroepAsync(werkgroepId, cancellationToken);

    public Task<Versioned<Traject>?> GetTrajectAsync(string trajectId, CancellationToken cancellationToken) => inner.GetTrajectAsync(trajectId, cancellationToken);

    public Task<SaveResult> SaveTrajectAsync(Traject traject, string? expectedETag, IReadOnlyList<WorkshopEvent> events, CancellationToken cancellationToken) =>
        inner.SaveTrajectAsync(traject, expectedETag, events, cancellationToken);

    public Task<string?> FindWerkgroepIdByConversationAsync(string conversationId, CancellationToken cancellationToken) =>
        inner.FindWerkgroepIdByConversationAsync(conversationId, cancellationToken);

    public Task<string?> FindTrajectIdByConversationAsync(string conversationId, CancellationToken cancellationToken) =>
        inner.FindTrajectIdByConversationAsync(conversationId, cancellationToken);

    public Task<IReadOnlyList<Werkgroep>> ListWerkgroepenAsync(string trajectId, CancellationToken cancellationToken) => inner.ListWerkgroepenAsync(trajectId, cancellationToken);

    public Task<IReadOnlyList<WorkshopEvent>> GetAuditTrailAsync(string trajectId, CancellationToken cancellationToken) => inner.GetAuditTrailAsync(trajectId, cancellationToken);
}
