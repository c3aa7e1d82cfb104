using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Summaries;

namespace WorkshopBot.Application.Tests.Summaries;

// After LoseNext(n), another writer wins the next n ETag saves: each finds the ETag changed.
internal sealed class ConflictingSummaryReviewStore(ISummaryReviewStore inner) : ISummaryReviewStore
{
    private int remaining;

    public int ETagSaves { get; private set; }

    public void LoseNext(int saves)
    {
        remaining = saves;
        ETagSaves = 0;
    }

    public Task<Versioned<SummaryReview>?> GetAsync(string trajectId, string reviewId, CancellationToken cancellationToken) =>
        inner.GetAsync(trajectId, reviewId, cancellationToken);

    public Task<SaveResult> SaveAsync(SummaryReview review, string? expectedETag, IReadOnlyList<WorkshopEvent> events, CancellationToken cancellationToken)
    {
        if (expectedETag is null)
        {
            return inner.SaveAsync(review, expectedETag, events, cancellationToken);
        }

        ETagSaves++;
        return Interlocked.Decrement(ref remaining) >= 0
            ? Task.FromResult(SaveResult.ConcurrencyConflict)
            : inner.SaveAsync(review, expectedETag, events, cancellationToken);
    }

    public Task<Versioned<SummaryReview>?> GetLatestAsync(string trajectId, string scopeId, CancellationToken cancellationToken) =>
        inner.GetLatestAsync(trajectId, scopeId, cancellationToken);

    public Task<IReadOnlyList<Versioned<SummaryReview>>> ListOpenAsync(CancellationToken cancellationToken) =>
        inner.ListOpenAsync(cancellationToken);

    public Task<IReadOnlyList<WorkshopEvent>> GetAuditTrailAsync(string trajectId, CancellationToken cancellationToken) =>
        inner.GetAuditTrailAsync(trajectId, cancellationToken);
}
