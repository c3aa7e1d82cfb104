using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.TestKit.Domain;

namespace WorkshopBot.Domain.Tests.Services;

// Lets "another server" save a werkgroep change just before each of the next N saves, so the service's
// save hits a stale ETag exactly as it would under real contention.
internal sealed class InterferingStore(InMemoryWorkshopStore inner, Func<Werkgroep, Werkgroep> otherWriter, int interferences) : IWorkshopStore
{
    private int _remaining = interferences;

    public int WerkgroepSaveAttempts { get; private set; }

    public Task<Versioned<Traject>?> GetTrajectAsync(string trajectId, CancellationToken cancellationToken) => inner.GetTrajectAsync(trajectId, cancellationToken);

    public Task<SaveResult> SaveTrajectAsync(Traject traject, string? expectedETag, IReadOnlyList<WorkshopEvent> events, CancellationToken cancellationToken) =>
        inner.SaveTrajectAsync(traject, expectedETag, events, cancellationToken);

    public Task<Versioned<Werkgroep>?> GetWerkgroepAsync(string werkgroepId, CancellationToken cancellationToken) => inner.GetWerkgroepAsync(werkgroepId, cancellationToken);

    public Task<string?> FindWerkgroepIdByConversationAsync(string conversationId, CancellationToken cancellationToken) =>
        inner.FindWerkgroepIdByConversationAsync(conversationId, cancellationToken);

    public Task<string?> FindTrajectIdByConversationAsync(string conversationId, CancellationToken cancellationToken) =>
        inner.FindTrajectIdByConversationAsync(conversationId, cancellationToken);

    public Task<IReadOnlyList<Werkgroep>> ListWerkgroepenAsync(string trajectId, CancellationToken cancellationToken) => inner.ListWerkgroepenAsync(trajectId, cancellationToken);

    public async Task<SaveResult> SaveWerkgroepAsync(Werkgroep werkgroep, string? expectedETag, IReadOnlyList<WorkshopEvent> events, CancellationToken cancellationToken)
    {
        WerkgroepSaveAttempts++;
        if (expectedETag is not null && _remaining > 0)
        {
            _remaining--;
            var current = (await inner.GetWerkgroepAsync(werkgroep.Id, cancellationToken))!;
            await inner.SaveWerkgroepAsync(otherWriter(current.Value), current.ETag, [], cancellationToken);
        }

        return await inner.SaveWerkgroepAsync(werkgroep, expectedETag, events, cancellationToken);
    }

    public Task<IReadOnlyList<WorkshopEvent>> GetAuditTrailAsync(string trajectId, CancellationToken cancellationToken) => inner.GetAuditTrailAsync(trajectId, cancellationToken);
}
