using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Summaries;

namespace WorkshopBot.TestKit.Summaries;

// ISummaryReviewStore with the Table store's ETag semantics, so two workers sharing one instance
// race exactly as two app instances sharing a table do.
public sealed class InMemorySummaryReviewStore : ISummaryReviewStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<(string TrajectId, string ReviewId), Versioned<SummaryReview>> rows = [];
    private readonly List<WorkshopEvent> events = [];
    private long etags;

    public int SaveCount { get; private set; }

    public IReadOnlyList<SummaryReview> All
    {
        get
        {
            lock (gate)
            {
                return rows.Values.Select(v => v.Value).ToList();
            }
        }
    }

    public Task<Versioned<SummaryReview>?> GetAsync(string trajectId, string reviewId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(rows.GetValueOrDefault((trajectId, reviewId)));
        }
    }

    public Task<SaveResult> SaveAsync(SummaryReview review, string? expectedETag, IReadOnlyList<WorkshopEvent> events, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var key = (review.TrajectId, review.Id);
            var exists = rows.TryGetValue(key, out var current);
            if (expectedETag is null && exists)
            {
                return Task.FromResult(SaveResult.AlreadyExists);
            }

            if (expectedETag is not null && (!exists || current!.ETag != expectedETag))
            {
                return Task.FromResult(SaveResult.ConcurrencyConflict);
            }

            var etag = $"W/\"{++etags}\"";
            rows[key] = new Versioned<SummaryReview>(review, etag);
            this.events.AddRange(events);
            SaveCount++;
            return Task.FromResult(SaveResult.Saved(etag));
        }
    }

    public Task<Versioned<SummaryReview>?> GetLatestAsync(string trajectId, string scopeId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(rows.Values
                .Where(v => v.Value.TrajectId == trajectId && v.Value.ScopeId == scopeId)
                .MaxBy(v => v.Value.Version));
        }
    }

    public Task<IReadOnlyList<Versioned<SummaryReview>>> ListOpenAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<Versioned<SummaryReview>>>(rows.Values.Where(v => v.Value.State == ReviewState.Open).ToList());
        }
    }

    public Task<IReadOnlyList<WorkshopEvent>> GetAuditTrailAsync(string trajectId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<WorkshopEvent>>(events.Where(e => e.TrajectId == trajectId).OrderBy(e => e.At).ThenBy(e => e.AggregateId, StringComparer.Ordinal).ThenBy(e => e.Sequence).ToList());
        }
    }
}
