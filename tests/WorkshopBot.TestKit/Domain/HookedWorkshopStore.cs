using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.TestKit.Domain;

// Any IWorkshopStore (InMemoryWorkshopStore, or the Table store on Azurite) with hooks around werkgroep
// reads and writes, for tests that need a race made certain: hold readers until all have read, hold a
// save in flight, let "another server" write just before a save, or make storage fail. Counts the
// werkgroep saves it passed on and the ETag conflicts they met. It holds no state of its own.
public sealed class HookedWorkshopStore(IWorkshopStore inner) : IWorkshopStore
{
    private int _werkgroepSaves;
    private int _werkgroepConflicts;

    // Runs after a werkgroep was read, before the caller gets it; may wait or throw.
    public Func<Versioned<Werkgroep>?, CancellationToken, Task>? AfterWerkgroepLoad { get; init; }

    // Runs before a werkgroep save reaches the inner store; may wait, throw, or write through the inner store.
    public Func<WerkgroepSave, CancellationToken, Task>? BeforeWerkgroepSave { get; init; }

    public int WerkgroepSaves => Volatile.Read(ref _werkgroepSaves);

    public int WerkgroepConflicts => Volatile.Read(ref _werkgroepConflicts);

    public async Task<Versioned<Werkgroep>?> GetWerkgroepAsync(string werkgroepId, CancellationToken cancellationToken)
    {
        var werkgroep = await inner.GetWerkgroepAsync(werkgroepId, cancellationToken);
        if (AfterWerkgroepLoad is { } hook)
        {
            await hook(werkgroep, cancellationToken);
        }

        return werkgroep;
    }

    public async Task<SaveResult> SaveWerkgroepAsync(Werkgroep werkgroep, string? expectedETag, IReadOnlyList<WorkshopEvent> events, CancellationToken cancellationToken)
    {
        int number = Interlocked.Increment(ref _werkgroepSaves);
        if (BeforeWerkgroepSave is { } hook)
        {
            await hook(new WerkgroepSave(number, werkgroep, expectedETag, events), cancellationToken);
        }

        var result = await inner.SaveWerkgroepAsync(werkgroep, expectedETag, events, cancellationToken);
        if (result.Status == SaveStatus.ConcurrencyConflict)
        {
            Interlocked.Increment(ref _werkgroepConflicts);
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
