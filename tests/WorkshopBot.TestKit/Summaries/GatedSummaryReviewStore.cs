using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Summaries;

namespace WorkshopBot.TestKit.Summaries;

// Holds ListOpenAsync until `readers` callers have read, so two racing deadline runs (two app
// instances) see the same ETags before either saves.
public sealed class GatedSummaryReviewStore(ISummaryReviewStore inner, int readers) : ISummaryReviewStore
{
    private readonly TaskCompletionSource allRead = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int listCalls;

    public int ListCalls => listCalls;

    public Task<Versioned<SummaryReview>?> GetAsync(string trajectId, string reviewId, CancellationToken cancellationToken) => inner.GetAsync(trajectId, reviewId, cancellationToken);

    public Task<SaveResult> SaveAsync(SummaryReview review, string? expectedETag, IReadOnlyList<WorkshopEvent> events, CancellationToken cancellationToken) => inner.SaveAsync(review, expectedETag, events, cancellationToken);

    public Task<IReadOnlyList<WorkshopEvent>> GetAuditTrailAsync(string trajectId, CancellationToken cancellationToken) => inner.GetAuditTrailAsync(trajectId, cancellationToken);

    public Task<Versioned<SummaryReview>?> GetLatestAsync(string trajectId, string scopeId, CancellationToken cancellationToken) => inner.GetLatestAsync(trajectId, scopeId, cancellationToken);

    public async Task<IReadOnlyList<Versioned<SummaryReview>>> ListOpenAsync(CancellationToken cancellationToken)
    {
        var open = await inner.ListOpenAsync(cancellationToken);
        if (Interlocked.Increment(ref listCalls) >= readers)
        {
            allRead.TrySetResult();
        }

        await allRead.Task.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
        return open;
    }
}
