using Azure;
using Azure.Data.Tables;
using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.Storage.Serialization;
using WorkshopBot.Storage.Workshops;

namespace WorkshopBot.Storage.Summaries;

// Table TableNames.SummaryReviews (registered by AddBotTableStores).
// One partition per traject: review rows ("{scope}-v{n}") and their audit rows
// ("event-{reviewId}-{sequence}-{n}"), so a review and its events are saved in one transaction.
public sealed class TableSummaryReviewStore(TableClient table) : ISummaryReviewStore
{
    private const string EventRowKeyPrefix = "event-";

    public async Task<Versioned<SummaryReview>?> GetAsync(string trajectId, string reviewId, CancellationToken cancellationToken)
    {
        if (!TableKeys.IsStorable(trajectId) || !TableKeys.IsStorable(reviewId))
        {
            return null;
        }

        var response = await table.GetEntityIfExistsAsync<SummaryReviewEntity>(trajectId, reviewId, cancellationToken: cancellationToken);
        return response.HasValue && response.Value is { } entity ? ToVersioned(entity) : null;
    }

    public async Task<SaveResult> SaveAsync(SummaryReview review, string? expectedETag, IReadOnlyList<WorkshopEvent> events, CancellationToken cancellationToken)
    {
        if (events.Count > SaveLimits.MaxEventsPerSave)
        {
            throw new ArgumentException($"One save can hold at most {SaveLimits.MaxEventsPerSave} events, got {events.Count}.", nameof(events));
        }

        var entity = ToEntity(review);
        var actions = new List<TableTransactionAction>(events.Count + 1)
        {
            expectedETag is null
                ? new TableTransactionAction(TableTransactionActionType.Add, entity)
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, new ETag(expectedETag)),
        };
        actions.AddRange(events.Select((e, i) => new TableTransactionAction(TableTransactionActionType.Add, EventEntity(review, e, i))));

        try
        {
            var response = await table.SubmitTransactionAsync(actions, cancellationToken);
            if (response.Value[0].Headers.ETag is { } etag)
            {
                return SaveResult.Saved(etag.ToString());
            }

            var stored = await table.GetEntityAsync<SummaryReviewEntity>(entity.PartitionKey, entity.RowKey, select: [nameof(SummaryReviewEntity.Version)], cancellationToken: cancellationToken);
            return SaveResult.Saved(stored.Value.ETag.ToString());
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // On insert the review row exists; on update an event row of this version exists, so
            // another writer already saved this version.
            return expectedETag is null ? SaveResult.AlreadyExists : SaveResult.ConcurrencyConflict;
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return SaveResult.ConcurrencyConflict;
        }
    }

    public async Task<Versioned<SummaryReview>?> GetLatestAsync(string trajectId, string scopeId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {trajectId} and ScopeId eq {scopeId}");
        SummaryReviewEntity? latest = null;
        await foreach (var entity in table.QueryAsync<SummaryReviewEntity>(filter, select: [nameof(SummaryReviewEntity.RowKey), nameof(SummaryReviewEntity.Version)], cancellationToken: cancellationToken))
        {
            if (latest is null || entity.Version > latest.Version)
            {
                latest = entity;
            }
        }

        return latest is null ? null : await GetAsync(trajectId, latest.RowKey, cancellationToken);
    }

    public async Task<IReadOnlyList<Versioned<SummaryReview>>> ListOpenAsync(CancellationToken cancellationToken)
    {
        var open = ReviewState.Open.ToString();
        var filter = TableClient.CreateQueryFilter($"State eq {open}");
        var reviews = new List<Versioned<SummaryReview>>();
        await foreach (var entity in table.QueryAsync<SummaryReviewEntity>(filter, cancellationToken: cancellationToken))
        {
            reviews.Add(ToVersioned(entity));
        }

        return reviews;
    }

    public async Task<IReadOnlyList<WorkshopEvent>> GetAuditTrailAsync(string trajectId, CancellationToken cancellationToken)
    {
        var from = EventRowKeyPrefix;
        var to = EventRowKeyPrefix[..^1] + (char)(EventRowKeyPrefix[^1] + 1);
        var events = new List<WorkshopEvent>();
        await foreach (var entity in table.QueryAsync<WorkshopEventEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {trajectId} and RowKey ge {from} and RowKey lt {to}"),
            cancellationToken: cancellationToken))
        {
            // A review whose scope id happens to start with the prefix is not an event.
            if (entity.Kind.Length > 0)
            {
                events.Add(entity.ToEvent());
            }
        }

        return events.OrderBy(e => e.At).ThenBy(e => e.AggregateId, StringComparer.Ordinal).ThenBy(e => e.Sequence).ToList();
    }

    // Events live in the traject's partition next to the reviews, so a review and its events are
    // one entity-group transaction.
    private static WorkshopEventEntity EventEntity(SummaryReview review, WorkshopEvent e, int index)
    {
        var entity = WorkshopEventEntity.From(review.TrajectId, e, index);
        entity.RowKey = $"{EventRowKeyPrefix}{review.Id}-{e.Sequence:D10}-{index:D3}";
        return entity;
    }

    private static SummaryReviewEntity ToEntity(SummaryReview review)
    {
        var entity = new SummaryReviewEntity
        {
            PartitionKey = review.TrajectId,
            RowKey = review.Id,
            ScopeId = review.ScopeId,
            Version = review.Version,
            State = review.State.ToString(),
        };

        ChunkedJson.Write(entity, SummaryReviewEntity.MaxChunks, review, SummaryJsonContext.Default.SummaryReview, $"summary review {review.Id}");
        return entity;
    }

    private static Versioned<SummaryReview> ToVersioned(SummaryReviewEntity entity)
    {
        var review = ChunkedJson.Read(entity, SummaryJsonContext.Default.SummaryReview, $"summary review {entity.PartitionKey}/{entity.RowKey}");
        return new Versioned<SummaryReview>(review, entity.ETag.ToString());
    }
}
