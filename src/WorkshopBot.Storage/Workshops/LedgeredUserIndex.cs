using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;

namespace WorkshopBot.Storage.Workshops;

// The mechanism behind both user indexes in the UserWerkgroepen table (user -> werkgroep, moderator ->
// traject). A user's rows live in the user's partition and the werkgroep or traject in its own partition
// of Workshops, so the rows cannot join the state's transaction. Instead they are brought up to date after
// every successful save (SyncAsync): a per-owner ledger says which rows the index holds, so only changed
// roles are written and people who left are deleted, and an ETag on the ledger lets only one writer finish
// a round. If a sync is lost (crash, storage hiccup after the save), the next save of that owner still finds
// the difference against the ledger and repairs it; rows stale the other way (the person left) are
// filtered and removed when read, because the reader checks every row against the owner itself.
internal sealed partial class LedgeredUserIndex(TableClientProvider tables, TimeProvider time, ILogger<LedgeredUserIndex> logger)
{
    private const int MaxAttempts = 3;
    private const int MaxKnownLedgers = 1024;

    // How long a ledger copy is trusted to skip the sync. A sync this process lost drops its copy at once;
    // this bounds how long a loss it cannot see (rows deleted behind its back) waits for the repair.
    private static readonly TimeSpan TrustKnownFor = TimeSpan.FromSeconds(30);

    // Each ledger as this process last read or wrote it (roles, version, ETag). A save that leaves the roles
    // as they were (a note, a vote: almost every save) then costs no storage request at all, and one that
    // changes them starts from this copy: the ledger write is conditional on its ETag, so if another
    // instance moved the ledger the write fails and the round reads the ledger as before. Another instance
    // changing the roles in between does not make the skip wrong: its own save synced the index.
    private readonly ConcurrentDictionary<string, (IndexLedgerEntity Ledger, DateTimeOffset At)> knownLedgers = new(StringComparer.Ordinal);

    private TableClient Table => tables.GetTableClient(TableNames.UserWerkgroepen);

    // Never throws for storage failures: the owner is already saved, and failing the user's action would
    // make them repeat something that worked. The next save repairs what this one missed.
    public async Task SyncAsync(IndexSync sync, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var known = knownLedgers.TryGetValue(sync.LedgerPartition, out var copy) && now - copy.At < TrustKnownFor ? copy.Ledger : null;
        if (known is not null && known.Roles == sync.LedgerRoles)
        {
            return;
        }

        try
        {
            for (int attempt = 0; attempt < MaxAttempts; attempt++)
            {
                var ledger = await TrySyncAsync(sync, attempt == 0 ? known : null, cancellationToken);
                if (ledger is not null)
                {
                    if (ledger.ETag == default)
                    {
                        knownLedgers.TryRemove(sync.LedgerPartition, out _);
                        return;
                    }

                    if (knownLedgers.Count >= MaxKnownLedgers)
                    {
                        knownLedgers.Clear();
                    }

                    knownLedgers[sync.LedgerPartition] = (ledger, now);
                    return;
                }
            }

            LogSyncContended(sync.LedgerPartition, sync.Version);
        }
        catch (RequestFailedException ex)
        {
            knownLedgers.TryRemove(sync.LedgerPartition, out _);
            LogSyncFailed(sync.LedgerPartition, sync.Version, ex.Status, ex.ErrorCode);
        }
    }

    // The rows of one user partition whose stored user id matches: a hashed partition key could in theory
    // be shared, and the row keeps the real id.
    public async Task<IReadOnlyList<TRow>> RowsAsync<TRow>(string partitionKey, Func<TRow, bool> isForUser, CancellationToken cancellationToken)
        where TRow : class, ITableEntity
    {
        var rows = new List<TRow>();
        await foreach (var row in Table.QueryAsync<TRow>(
            TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}"),
            cancellationToken: cancellationToken))
        {
            if (isForUser(row))
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    // Removes a row its owner contradicts, unless it changed since it was read (then a newer sync wrote
    // it and is right).
    public async Task RemoveStaleAsync(ITableEntity row, CancellationToken cancellationToken)
    {
        try
        {
            await Table.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
        }
    }

    // The ledger as it stands when the index holds this version or a newer one; null when another writer
    // moved the ledger while this round ran, so it must look again. Starts from known (this process's
    // copy) instead of reading when given.
    private async Task<IndexLedgerEntity?> TrySyncAsync(IndexSync sync, IndexLedgerEntity? known, CancellationToken cancellationToken)
    {
        var ledger = known;
        if (ledger is null)
        {
            var stored = await Table.GetEntityIfExistsAsync<IndexLedgerEntity>(
                sync.LedgerPartition, IndexLedgerEntity.LedgerRowKey, cancellationToken: cancellationToken);
            ledger = stored.HasValue ? stored.Value : null;
        }

        if (ledger is not null && ledger.Version >= sync.Version)
        {
            return ledger;
        }

        var indexed = ledger?.ParseRoles() ?? new Dictionary<string, string>(StringComparer.Ordinal);
        var changed = sync.Roles.Where(r => !indexed.TryGetValue(r.Key, out var role) || role != r.Value).ToArray();
        var left = indexed.Keys.Except(sync.Roles.Select(r => r.Key), StringComparer.Ordinal).ToArray();
        if (ledger is not null && changed.Length == 0 && left.Length == 0)
        {
            // Nothing to write: the common case (a note, a vote) costs this one read.
            return ledger;
        }

        await Task.WhenAll(changed.Select(r => Table.UpsertEntityAsync(sync.RowFor(r.Key, r.Value), TableUpdateMode.Replace, cancellationToken)));
        await Task.WhenAll(left.Select(userId => DeleteIfExistsAsync(sync.UserPartition(userId), sync.OwnerId, cancellationToken)));

        var next = new IndexLedgerEntity
        {
            PartitionKey = sync.LedgerPartition,
            Version = sync.Version,
            Roles = sync.LedgerRoles,
        };
        try
        {
            var response = ledger is null
                ? await Table.AddEntityAsync(next, cancellationToken)
                : await Table.UpdateEntityAsync(next, ledger.ETag, TableUpdateMode.Replace, cancellationToken);
            next.ETag = response.Headers.ETag ?? default;
            return next;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412 or 404)
        {
            return null;
        }
    }

    private async Task DeleteIfExistsAsync(string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        try
        {
            await Table.DeleteEntityAsync(partitionKey, rowKey, ETag.All, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "User index {Ledger} not synced to version {Version}: storage answered {Status} {ErrorCode}; the next save repairs it")]
    private partial void LogSyncFailed(string ledger, int version, int status, string? errorCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "User index {Ledger} not synced to version {Version}: other writers kept moving the ledger")]
    private partial void LogSyncContended(string ledger, int version);
}
