using WorkshopBot.Domain;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Summaries;

namespace WorkshopBot.Web.Summaries;

// Load → apply → save with the ETag, re-applying on a conflict, as WorkshopService does for
// werkgroepen. Many partners answer within the same minute, so conflicts are normal.
public sealed class SummaryReviewWriter(ISummaryReviewStore store, TimeProvider timeProvider)
{
    public const int MaxAttempts = 10;

    public async Task<DomainResult<Change<SummaryReview>>> UpdateAsync(
        string trajectId,
        string reviewId,
        Func<SummaryReview, DateTimeOffset, DomainResult<Change<SummaryReview>>> apply,
        CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var current = await store.GetAsync(trajectId, reviewId, cancellationToken);
            if (current is null)
            {
                return new DomainError(DomainErrorCodes.SummaryNotFound, "The summary does not exist.");
            }

            var result = apply(current.Value, timeProvider.GetUtcNow());
            if (!result.IsSuccess || !result.Value.HasChanges)
            {
                return result;
            }

            var saved = await store.SaveAsync(result.Value.Aggregate, current.ETag, result.Value.Events, cancellationToken);
            if (saved.IsSaved)
            {
                return result;
            }
        }

        return new DomainError(DomainErrorCodes.SummaryBusy, "The summary kept changing; try again.");
    }
}
