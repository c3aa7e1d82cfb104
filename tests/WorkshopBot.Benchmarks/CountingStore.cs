using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Benchmarks;

// Counts werkgroep save attempts (won and lost), so the round trip can show how many storage writes
// each write mode needs for the same notes.
internal sealed class CountingStore(IWorkshopStore inner) : IWorkshopStore
{
    private int _werkgroepSaves;

    public int WerkgroepSaves => Volatile.Read(ref _werkgroepSaves);

    public Task<SaveResult> SaveWerkgroepAsync(Werkgroep werkgroep, string? expectedETag, IReadOnlyList<WorkshopEvent> events, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _werkgroepSaves);
        return inner.SaveWerkgroepAsync(werkgroep, expectedETag, events, cancellationToken);
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
