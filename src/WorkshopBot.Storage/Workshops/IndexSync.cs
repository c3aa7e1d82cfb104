using Azure.Data.Tables;

namespace WorkshopBot.Storage.Workshops;

// One owner's (werkgroep or traject) wanted state of a user index: who should have a row and with which
// role, where a user's rows live, and how a row looks. RowFor must put the row in UserPartition(userId)
// with RowKey = OwnerId. FormattedRoles is Roles as the ledger stores them, when the caller already has it.
internal sealed record IndexSync(
    string LedgerPartition,
    string OwnerId,
    int Version,
    IReadOnlyList<KeyValuePair<string, string>> Roles,
    Func<string, string> UserPartition,
    Func<string, string, ITableEntity> RowFor,
    string? FormattedRoles = null)
{
    public string LedgerRoles => FormattedRoles ?? IndexLedgerEntity.Format(Roles);
}
