using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Domain.Ports;

// Persistence of trajecten and werkgroepen with optimistic concurrency. A save writes the aggregate and
// its audit events atomically; a null expectedETag means insert. Saving also maintains the lookups:
// conversation -> werkgroep (Werkgroep.Conversation), large-group channel -> traject
// (Traject.LargeGroupChannel) and traject -> werkgroepen.
public interface IWorkshopStore
{
    Task<Versioned<Traject>?> GetTrajectAsync(string trajectId, CancellationToken cancellationToken);

    Task<SaveResult> SaveTrajectAsync(Traject traject, string? expectedETag, IReadOnlyList<WorkshopEvent> events, CancellationToken cancellationToken);

    Task<Versioned<Werkgroep>?> GetWerkgroepAsync(string werkgroepId, CancellationToken cancellationToken);

    Task<string?> FindWerkgroepIdByConversationAsync(string conversationId, CancellationToken cancellationToken);

    Task<string?> FindTrajectIdByConversationAsync(string conversationId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Werkgroep>> ListWerkgroepenAsync(string trajectId, CancellationToken cancellationToken);

    Task<SaveResult> SaveWerkgroepAsync(Werkgroep werkgroep, string? expectedETag, IReadOnlyList<WorkshopEvent> events, CancellationToken cancellationToken);

    // The traject's own events and those of all its werkgroepen, oldest first.
    Task<IReadOnlyList<WorkshopEvent>> GetAuditTrailAsync(string trajectId, CancellationToken cancellationToken);
}
