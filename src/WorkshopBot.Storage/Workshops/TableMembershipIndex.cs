using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Storage.Workshops;

// User -> werkgroep rows (member or moderator), kept by the LedgeredUserIndex mechanism: synced after
// every werkgroep save, repaired by the next one, checked against the werkgroep when read.
internal sealed class TableMembershipIndex(LedgeredUserIndex index)
{
    private const string LedgerPrefix = "w-";

    public Task SyncAsync(Werkgroep werkgroep, CancellationToken cancellationToken) =>
        index.SyncAsync(
            new IndexSync(
                LedgerPrefix + werkgroep.Id,
                werkgroep.Id,
                werkgroep.Version,
                werkgroep.MemberRoles().Select(r => KeyValuePair.Create(r.Key, RoleText(r.Value))).ToArray(),
                TableKeys.ForUser,
                (userId, role) => new UserWerkgroepEntity
                {
                    PartitionKey = TableKeys.ForUser(userId),
                    RowKey = werkgroep.Id,
                    UserId = userId,
                    TrajectId = werkgroep.TrajectId,
                    TenantId = werkgroep.TenantId,
                    Role = role,
                    WerkgroepVersion = werkgroep.Version,
                }),
            cancellationToken);

    public Task<IReadOnlyList<UserWerkgroepEntity>> RowsForUserAsync(string userId, CancellationToken cancellationToken) =>
        index.RowsAsync<UserWerkgroepEntity>(TableKeys.ForUser(userId), row => row.UserId == userId, cancellationToken);

    public Task RemoveStaleAsync(UserWerkgroepEntity row, CancellationToken cancellationToken) =>
        index.RemoveStaleAsync(row, cancellationToken);

    private static string RoleText(WerkgroepRole role) => role == WerkgroepRole.Moderator ? "moderator" : "member";
}
