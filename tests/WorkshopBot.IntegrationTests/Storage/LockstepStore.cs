using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.IntegrationTests.Storage;

// Holds the first `readers` werkgroep loads until all of them have loaded, so every writer starts from the
// same ETag and the contention is certain rather than left to thread timing. Counts the conflicts.
internal sealed class LockstepStore(IWorkshopStore inner, int readers) : IWorkshopStore
{
    private readonly TaskCompletionSource _allLoaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _loads;
    private int _conflicts;

    public int Conflicts => Volatile.Read(ref _conflicts);

    public async Task<Versioned<Werkgroep>?> GetWerkgroepAsync(string werkgroepId, CancellationToken cancellationToken)
    {
        var werkgroep = await inner.GetWerkgroepAsync(werkgroepId, cancellationToken);
        int load = Interlocked.Increment(ref _loads);
        if (load == readers)
        {
            _allLoaded.TrySetResult();
        }

        if (load <= readers)
        {
            await _allLoaded.Task.WaitAsync(cancellationToken);
        }

        return werkgroep;
    }

    public async Task<SaveResult> SaveWerkgroepAsync(Werkgroep werkgroep, string? expectedETag, IReadOnlyList<WorkshopEvent> events, CancellationToken cancellationToken)
    {
        var result = await inner.SaveWerkgroepAsync(werkgroep, expectedETag, events, cancellationToken);
        if (result.Status == SaveStatus.ConcurrencyConflict)
        {
            Interlocked.Increment(ref _conflicts);
        }

        return result;
    }

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
