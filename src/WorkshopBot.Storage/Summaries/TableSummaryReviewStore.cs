using System.IO.Compression;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Summaries;

namespace WorkshopBot.Storage.Summaries;

// Register with services.AddRequiredTable(TableSummaryReviewStore.TableName) and
// new TableSummaryReviewStore(provider.GetTableClient(TableSummaryReviewStore.TableName)).
public sealed class TableSummaryReviewStore(TableClient table) : ISummaryReviewStore
{
    public const string TableName = "SummaryReviews";
    private const string Format = "json+br/1";

    public async Task<Versioned<SummaryReview>?> GetAsync(string trajectId, string reviewId, CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<SummaryReviewEntity>(trajectId, reviewId, cancellationToken: cancellationToken);
        return response.HasValue && response.Value is { } entity ? ToVersioned(entity) : null;
    }

    public async Task<SaveResult> SaveAsync(SummaryReview review, string? expectedETag, CancellationToken cancellationToken)
    {
        var entity = ToEntity(review);
        try
        {
            Response response = expectedETag is null
                ? await table.AddEntityAsync(entity, cancellationToken)
                : await table.UpdateEntityAsync(entity, new ETag(expectedETag), TableUpdateMode.Replace, cancellationToken);
            return SaveResult.Saved(response.Headers.ETag?.ToString() ?? throw new InvalidOperationException("Table storage returned no ETag."));
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return SaveResult.AlreadyExists;
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

    private static SummaryReviewEntity ToEntity(SummaryReview review)
    {
        var entity = new SummaryReviewEntity
        {
            PartitionKey = review.TrajectId,
            RowKey = review.Id,
            ScopeId = review.ScopeId,
            Version = review.Version,
            State = review.State.ToString(),
            Format = Format,
        };

        using var buffer = new MemoryStream();
        using (var brotli = new BrotliStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            JsonSerializer.Serialize(brotli, review, SummaryJsonContext.Default.SummaryReview);
        }

        var compressed = buffer.ToArray();
        var chunks = Math.Max(1, (compressed.Length + SummaryReviewEntity.ChunkSize - 1) / SummaryReviewEntity.ChunkSize);
        if (chunks > SummaryReviewEntity.MaxChunks)
        {
            throw new InvalidOperationException($"Summary review {review.Id} is {compressed.Length} bytes compressed; a row holds at most {SummaryReviewEntity.MaxChunks * SummaryReviewEntity.ChunkSize}.");
        }

        for (var i = 0; i < chunks; i++)
        {
            var offset = i * SummaryReviewEntity.ChunkSize;
            entity.SetChunk(i, compressed.AsSpan(offset, Math.Min(SummaryReviewEntity.ChunkSize, compressed.Length - offset)).ToArray());
        }

        entity.ChunkCount = chunks;
        return entity;
    }

    private static Versioned<SummaryReview> ToVersioned(SummaryReviewEntity entity)
    {
        if (entity.Format != Format)
        {
            throw new InvalidDataException($"Unknown summary review format '{entity.Format}' in {entity.PartitionKey}/{entity.RowKey}.");
        }

        using var compressed = new MemoryStream();
        for (var i = 0; i < entity.ChunkCount; i++)
        {
            compressed.Write(entity.GetChunk(i) ?? throw new InvalidDataException($"Chunk {i} of {entity.RowKey} is missing."));
        }

        compressed.Position = 0;
        using var brotli = new BrotliStream(compressed, CompressionMode.Decompress);
        var review = JsonSerializer.Deserialize(brotli, SummaryJsonContext.Default.SummaryReview)
            ?? throw new InvalidDataException($"{entity.RowKey} holds no summary review.");
        return new Versioned<SummaryReview>(review, entity.ETag.ToString());
    }
}
