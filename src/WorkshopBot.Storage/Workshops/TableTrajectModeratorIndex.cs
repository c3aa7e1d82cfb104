using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using WorkshopBot.Domain.Trajecten;

namespace WorkshopBot.Storage.Workshops;

// Moderator -> traject rows in the UserWerkgroepen table, kept the same way as TableMembershipIndex keeps
// user -> werkgroep rows: brought up to date after every successful traject save, with a per-traject
// ledger (ETag-guarded) saying which rows the index holds, so only new moderators are written and those
// who stepped down are deleted. A lost sync is repaired by the next save of that traject; rows stale the
// other way are filtered and removed when read, because the reader checks each row against the traject.
internal sealed partial class TableTrajectModeratorIndex(TableClientProvider tables, ILogger<TableTrajectModeratorIndex> logger)
{
    private const int MaxAttempts = 3;

    private TableClient Table => tables.GetTableClient(TableNames.UserWerkgroepen);

    // Never throws for storage failures: the traject is already saved; the next save repairs the index.
    public async Task SyncAsync(Traject traject, CancellationToken cancellationToken)
    {
        try
        {
            for (int attempt = 0; attempt < MaxAttempts; attempt++)
            {
                if (await TrySyncAsync(traject, cancellationToken))
                {
                    return;
                }
            }

            LogSyncContended(traject.Id, traject.Version);
        }
        catch (RequestFailedException ex)
        {
            LogSyncFailed(traject.Id, traject.Version, ex.Status, ex.ErrorCode);
        }
    }

    public async Task<IReadOnlyList<UserTrajectEntity>> RowsForUserAsync(string userId, CancellationToken cancellationToken)
    {
        var rows = new List<UserTrajectEntity>();
        await foreach (var row in Table.QueryAsync<UserTrajectEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.ForModerator(userId)}"),
            cancellationToken: cancellationToken))
        {
            if (row.UserId == userId)
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    public async Task RemoveStaleAsync(UserTrajectEntity row, CancellationToken cancellationToken)
    {
        try
        {
            await Table.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
        }
    }

    private async Task<bool> TrySyncAsync(Traject traject, CancellationToken cancellationToken)
    {
        string ledgerPartition = TrajectModeratorLedgerEntity.PartitionFor(traject.Id);
        var stored = await Table.GetEntityIfExistsAsync<TrajectModeratorLedgerEntity>(
            ledgerPartition, TrajectModeratorLedgerEntity.LedgerRowKey, cancellationToken: cancellationToken);
        var ledger = stored.HasValue ? stored.Value : null;
        if (ledger is not null && ledger.Version >= traject.Version)
        {
            return true;
        }

        var indexed = ledger?.ParseModerators() ?? new HashSet<string>(StringComparer.Ordinal);
        var moderators = traject.Moderators.Select(m => m.UserId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var added = moderators.Where(id => !indexed.Contains(id)).ToArray();
        var left = indexed.Except(moderators, StringComparer.Ordinal).ToArray();
        if (ledger is not null && added.Length == 0 && left.Length == 0)
        {
            return true;
        }

        await Task.WhenAll(added.Select(userId => Table.UpsertEntityAsync(
            new UserTrajectEntity
            {
                PartitionKey = TableKeys.ForModerator(userId),
                RowKey = traject.Id,
                UserId = userId,
                TenantId = traject.TenantId,
                TrajectVersion = traject.Version,
            },
            TableUpdateMode.Replace,
            cancellationToken)));
        await Task.WhenAll(left.Select(userId => DeleteIfExistsAsync(TableKeys.ForModerator(userId), traject.Id, cancellationToken)));

        var next = new TrajectModeratorLedgerEntity
        {
            PartitionKey = ledgerPartition,
            Version = traject.Version,
            Moderators = TrajectModeratorLedgerEntity.Format(moderators),
        };
        try
        {
            if (ledger is null)
            {
                await Table.AddEntityAsync(next, cancellationToken);
            }
            else
            {
                await Table.UpdateEntityAsync(next, ledger.ETag, TableUpdateMode.Replace, cancellationToken);
            }

            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Moderator index of traject {TrajectId} not synced to version {Version}: storage answered {Status} {ErrorCode}; the next save repairs it")]
    private partial void LogSyncFailed(string trajectId, int version, int status, string? errorCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Moderator index of traject {TrajectId} not synced to version {Version}: other writers kept moving the ledger")]
    private partial void LogSyncContended(string trajectId, int version);
}
