using Azure;
using Azure.Data.Tables;

namespace WorkshopBot.Storage.Protocol;

// Deletes dedupe rows (TableActivityDeduplicator) older than Retention. Table storage has no TTL, and
// without this every activity the bot ever received would stay a row. Teams redelivers within seconds
// to minutes, so a week is far more than the dedupe needs. With several instances, a lease row updated
// with its ETag lets one instance sweep per Interval; the others see the fresh lease and skip.
public sealed class TableActivityDedupeSweeper(TableClient table, TimeProvider time)
{
    public const int MaxDeletesPerSweep = 5_000;

    public static readonly TimeSpan Retention = TimeSpan.FromDays(7);

    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    // Dedupe keys are lowercase hex digests, so this partition never holds an activity.
    private const string LeasePartition = "~sweep";
    private const string LeaseRow = "lease";

    // Sweeps when this instance wins this interval's lease; null when another instance has it.
    public async Task<int?> SweepIfDueAsync(CancellationToken cancellationToken)
    {
        if (!await TryClaimLeaseAsync(cancellationToken))
        {
            return null;
        }

        return await SweepAsync(time.GetUtcNow() - Retention, MaxDeletesPerSweep, cancellationToken);
    }

    // Deletes at most maxRows rows last written before olderThan (bounded, so one sweep cannot run for
    // ever on a large backlog; the next interval takes the rest).
    public async Task<int> SweepAsync(DateTimeOffset olderThan, int maxRows, CancellationToken cancellationToken)
    {
        var old = new List<(string PartitionKey, string RowKey)>();
        await foreach (var row in table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"Timestamp lt {olderThan}"),
            select: ["PartitionKey", "RowKey"],
            cancellationToken: cancellationToken))
        {
            if (row.PartitionKey != LeasePartition)
            {
                old.Add((row.PartitionKey, row.RowKey));
            }

            if (old.Count >= maxRows)
            {
                break;
            }
        }

        foreach (var (partitionKey, rowKey) in old)
        {
            try
            {
                await table.DeleteEntityAsync(partitionKey, rowKey, ETag.All, cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                // Already gone (released after a failed turn): nothing to do.
            }
        }

        return old.Count;
    }

    private async Task<bool> TryClaimLeaseAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var lease = await table.GetEntityIfExistsAsync<TableEntity>(LeasePartition, LeaseRow, cancellationToken: cancellationToken);
        try
        {
            if (!lease.HasValue || lease.Value is not { } current)
            {
                await table.AddEntityAsync(new TableEntity(LeasePartition, LeaseRow) { ["SweptAt"] = now }, cancellationToken);
                return true;
            }

            if (current.GetDateTimeOffset("SweptAt") is { } sweptAt && now - sweptAt < Interval)
            {
                return false;
            }

            current["SweptAt"] = now;
            await table.UpdateEntityAsync(current, current.ETag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // Another instance claimed this interval between our read and write.
            return false;
        }
    }
}
