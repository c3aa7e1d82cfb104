using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using Azure;
using Azure.Data.Tables;
using WorkshopBot.BotProtocol.Ports;
using WorkshopBot.BotProtocol.Schema;

namespace WorkshopBot.Storage.Protocol;

// Insert-if-absent in Table storage is the cross-instance claim: exactly one of two concurrent
// deliveries of the same activity gets a 201, the other a 409.
public sealed class TableActivityDeduplicator(TableClient table, TimeProvider time) : IActivityDeduplicator
{
    private const int MaxBinaryProperty = 64 * 1024;

    // A claim left "in progress" this long belongs to an instance that died mid-turn; a redelivery
    // may take it over. Teams gives up on a turn after 15 s, so this is generous.
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(2);

    public async Task<DeduplicationClaim> TryClaimAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var entity = new ProcessedActivityEntity
        {
            PartitionKey = TableKeys.Hash(conversationId),
            RowKey = TableKeys.Hash(activityId),
            ClaimToken = Guid.NewGuid().ToString("N"),
        };
        try
        {
            await table.AddEntityAsync(entity, cancellationToken);
            return DeduplicationClaim.Claimed;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            var existing = await table.GetEntityIfExistsAsync<ProcessedActivityEntity>(entity.PartitionKey, entity.RowKey, cancellationToken: cancellationToken);
            if (!existing.HasValue || existing.Value is not { } row)
            {
                // Released between our insert and read: let the redelivery handle it.
                return await TryClaimAsync(conversationId, activityId, cancellationToken);
            }

            if (row.Status == ProcessedActivityEntity.InProgress && row.ClaimToken == entity.ClaimToken)
            {
                // Our own insert landed; only its answer was lost and the client's retry found it.
                return DeduplicationClaim.Claimed;
            }

            if (row.Status == ProcessedActivityEntity.Completed)
            {
                return DeduplicationClaim.Completed(ToResponse(row));
            }

            if (row.Timestamp is { } claimedAt && time.GetUtcNow() - claimedAt > AbandonedAfter)
            {
                try
                {
                    // Conditional on the ETag, so only one redelivery takes over the abandoned claim.
                    await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, cancellationToken);
                    return await TryClaimAsync(conversationId, activityId, cancellationToken);
                }
                catch (RequestFailedException takeover) when (takeover.Status is 404 or 412)
                {
                    return DeduplicationClaim.InProgress;
                }
            }

            return DeduplicationClaim.InProgress;
        }
    }

    public async Task CompleteAsync(string conversationId, string activityId, InvokeResponse? response, CancellationToken cancellationToken)
    {
        // An answer the handler can render again is stored as its small replay key, not as the card.
        var replayKey = response?.ReplayKey;
        var body = replayKey is null && response?.Body is { } node ? Compress(node.ToJsonString()) : null;
        var entity = new ProcessedActivityEntity
        {
            PartitionKey = TableKeys.Hash(conversationId),
            RowKey = TableKeys.Hash(activityId),
            Status = ProcessedActivityEntity.Completed,
            ResponseStatus = response?.Status,
            ResponseBody = body is { Length: <= MaxBinaryProperty } ? body : null,
            ReplayKey = replayKey,
        };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task ReleaseAsync(string conversationId, string activityId, CancellationToken cancellationToken) =>
        await table.DeleteEntityAsync(TableKeys.Hash(conversationId), TableKeys.Hash(activityId), cancellationToken: cancellationToken);

    private static InvokeResponse? ToResponse(ProcessedActivityEntity row) =>
        row.ResponseStatus is { } status
            ? new InvokeResponse(status, row.ResponseBody is { } body ? JsonNode.Parse(Decompress(body)) : null) { ReplayKey = row.ReplayKey }
            : null;

    private static byte[] Compress(string json)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(json));
        }

        return output.ToArray();
    }

    private static string Decompress(byte[] data)
    {
        using var input = new GZipStream(new MemoryStream(data), CompressionMode.Decompress);
        using var reader = new StreamReader(input, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
