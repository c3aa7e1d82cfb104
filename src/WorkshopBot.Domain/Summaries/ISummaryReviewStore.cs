using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Ports;

namespace WorkshopBot.Domain.Summaries;

// Persistence of summary versions and their reviews with optimistic concurrency, shared by all app
// instances: the ETag is what lets exactly one instance claim a reminder round or the final tally.
// A null expectedETag means insert (AlreadyExists when the version is already there). The change's
// audit events are saved with the review, atomically: a save that loses the ETag race writes none.
public interface ISummaryReviewStore
{
    Task<Versioned<SummaryReview>?> GetAsync(string trajectId, string reviewId, CancellationToken cancellationToken);

    Task<SaveResult> SaveAsync(SummaryReview review, string? expectedETag, IReadOnlyList<WorkshopEvent> events, CancellationToken cancellationToken);

    // The highest published version for a scope (werkgroep or traject), or null before the first.
    Task<Versioned<SummaryReview>?> GetLatestAsync(string trajectId, string scopeId, CancellationToken cancellationToken);

    // Every review still open, across trajecten: the reminder worker's work list.
    Task<IReadOnlyList<Versioned<SummaryReview>>> ListOpenAsync(CancellationToken cancellationToken);

    // The audit events of every review of the traject, oldest first.
    Task<IReadOnlyList<WorkshopEvent>> GetAuditTrailAsync(string trajectId, CancellationToken cancellationToken);
}
