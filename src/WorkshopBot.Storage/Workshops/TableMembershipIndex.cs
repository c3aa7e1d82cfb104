using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Storage.Workshops;

// The UserWerkgroepen table: user -> werkgroep rows plus, per werkgroep, a ledger of what those rows hold.
// A user's rows live in the user's partition and the werkgroep in its own partition of Workshops, so the
// rows cannot join the state's transaction. Instead they are brought up to date after every successful
// werkgroep save (SyncAsync): the ledger says which rows the index holds, so only changed roles are
// written and users who left are deleted, and an ETag on the ledger lets only one writer finish a round.
// If a sync is lost (crash, storage hiccup after the save), the next save of that werkgroep still finds
// the difference against the ledger and repairs it; rows that are stale the other way (the user left) are
// filtered and removed when read, because the reader checks every row against the werkgroep itself.
internal sealed partial class TableMembershipIndex(TableClientProvider tables, ILogger<TableMembershipIndex> logger)
{
    private const int MaxAttempts = 3;

    private TableClient Table => tables.GetTableClient(TableNames.UserWerkgroepen);

    // Never throws for storage failures: the werkgroep is already saved, and failing the user's action
    // would make them repeat something that worked. The next save repairs what this one missed.
    public async Task SyncAsync(Werkgroep werkgroep, CancellationToken cancellationToken)
    {
        try
        {
            for (int attempt = 0; attempt < MaxAttempts; attempt++)
            {
                if (await TrySyncAsync(werkgroep, cancellationToken))
                {
                    return;
                }
            }

            LogSyncContended(werkgroep.Id, werkgroep.Version);
        }
        catch (RequestFailedException ex)
        {
            LogSyncFailed(werkgroep.Id, werkgroep.Version, ex.Status, ex.ErrorCode);
        }
    }

    public async Task<IReadOnlyList<UserWerkgroepEntity>> RowsForUserAsync(string userId, CancellationToken cancellationToken)
    {
        var rows = new List<UserWerkgroepEntity>();
        await foreach (var row in Table.QueryAsync<UserWerkgroepEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.ForUser(userId)}"),
            cancellationToken: cancellationToken))
        {
            // A hashed partition key could in theory be shared; the row keeps the real id.
            if (row.UserId == userId)
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    // Removes a row the werkgroep contradicts, unless it changed since it was read (then a newer sync
    // wrote it and is right).
    public async Task RemoveStaleAsync(UserWerkgroepEntity row, CancellationToken cancellationToken)
    {
        try
        {
            await Table.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
        }
    }

    // True when the index holds this version or a newer one; false when another writer moved the ledger
    // while this round ran, so it must look again.
    private async Task<bool> TrySyncAsync(Werkgroep werkgroep, CancellationToken cancellationToken)
    {
        string ledgerPartition = MembershipLedgerEntity.PartitionFor(werkgroep.Id);
        var stored = await Table.GetEntityIfExistsAsync<MembershipLedgerEntity>(
            ledgerPartition, MembershipLedgerEntity.LedgerRowKey, cancellationToken: cancellationToken);
        var ledger = stored.HasValue ? stored.Value : null;
        if (ledger is not null && ledger.Version >= werkgroep.Version)
        {
            return true;
        }

        var indexed = ledger?.ParseRoles() ?? new Dictionary<string, WerkgroepRole>(StringComparer.Ordinal);
        var roles = werkgroep.MemberRoles();
        var changed = roles.Where(r => !indexed.TryGetValue(r.Key, out var role) || role != r.Value).ToArray();
        var left = indexed.Keys.Except(roles.Select(r => r.Key), StringComparer.Ordinal).ToArray();
        if (ledger is not null && changed.Length == 0 && left.Length == 0)
        {
            // Nothing to write: the common case (a note, a vote) costs this one read.
            return true;
        }

        await Task.WhenAll(changed.Select(r => Table.UpsertEntityAsync(
            new UserWerkgroepEntity
            {
                PartitionKey = TableKeys.ForUser(r.Key),
                RowKey = werkgroep.Id,
                UserId = r.Key,
                TrajectId = werkgroep.TrajectId,
                TenantId = werkgroep.TenantId,
                Role = MembershipLedgerEntity.RoleText(r.Value),
                WerkgroepVersion = werkgroep.Version,
            },
            TableUpdateMode.Replace,
            cancellationToken)));
        await Task.WhenAll(left.Select(userId => DeleteIfExistsAsync(TableKeys.ForUser(userId), werkgroep.Id, cancellationToken)));

        var next = new MembershipLedgerEntity
        {
            PartitionKey = ledgerPartition,
            Version = werkgroep.Version,
            Roles = MembershipLedgerEntity.Format(roles),
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Membership index of werkgroep {WerkgroepId} not synced to version {Version}: storage answered {Status} {ErrorCode}; the next save repairs it")]
    private partial void LogSyncFailed(string werkgroepId, int version, int status, string? errorCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Membership index of werkgroep {WerkgroepId} not synced to version {Version}: other writers kept moving the ledger")]
    private partial void LogSyncContended(string werkgroepId, int version);
}
