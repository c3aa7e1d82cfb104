using Azure;
using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Coaching.Tests.Cli;

// Just enough of a store for the export command, which only reads.
internal sealed class FakeWorkshopStore : IWorkshopStore
{
    public Dictionary<string, Traject> Trajecten { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Werkgroep> Werkgroepen { get; } = new(StringComparer.Ordinal);

    public Task<Versioned<Traject>?> GetTrajectAsync(string trajectId, CancellationToken cancellationToken) =>
        Task.FromResult(Trajecten.TryGetValue(trajectId, out var t) ? new Versioned<Traject>(t, "etag") : null);

    // Set to make every read fail the way the Azure SDK does when storage is unreachable.
    public Exception? Failure { get; set; }

    public Task<Versioned<Werkgroep>?> GetWerkgroepAsync(string werkgroepId, CancellationToken cancellationToken) =>
        Failure is not null ? Task.FromException<Versioned<Werkgroep>?>(Failure) : Task.FromResult(Werkgroepen.TryGetValue(werkgroepId, out var w) ? new Versioned<Werkgroep>(w, "etag") : null);

    public Task<SaveResult> SaveTrajectAsync(Traject traject, string? expectedETag, IReadOnlyList<WorkshopEvent> events, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The export command must not write.");

    public Task<SaveResult> SaveWerkgroepAsync(Werkgroep werkgroep, string? expectedETag, IReadOnlyList<WorkshopEvent> events, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The export command must not write.");

    public Task<string?> FindWerkgroepIdByConversationAsync(string conversationId, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    public Task<string?> FindTrajectIdByConversationAsync(string conversationId, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    public Task<IReadOnlyList<Werkgroep>> ListWerkgroepenAsync(string trajectId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Werkgroep>>([.. Werkgroepen.Values.Where(w => w.TrajectId == trajectId)]);

    public Task<IReadOnlyList<WorkshopEvent>> GetAuditTrailAsync(string trajectId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<WorkshopEvent>>([]);
}
