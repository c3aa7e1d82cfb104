using WorkshopBot.Domain;
using WorkshopBot.Domain.Services;
using WorkshopBot.Domain.Summaries;

namespace WorkshopBot.Application.Summaries;

// Load → apply → save a summary review with the ETag, through the one OptimisticConcurrency policy that
// WorkshopService uses for werkgroepen. Many partners answer within the same minute, so conflicts are normal.
public sealed class SummaryReviewWriter(ISummaryReviewStore store, OptimisticConcurrency concurrency)
{
    public Task<DomainResult<Change<SummaryReview>>> UpdateAsync(
        string trajectId,
        string reviewId,
        Func<SummaryReview, DateTimeOffset, DomainResult<Change<SummaryReview>>> apply,
        CancellationToken cancellationToken) =>
        concurrency.UpdateAsync(
            "Summary",
            reviewId,
            (id, ct) => store.GetAsync(trajectId, id, ct),
            store.SaveAsync,
            apply,
            SummaryErrors.NotFound,
            cancellationToken);
}
