using WorkshopBot.Domain.Trajecten;

namespace WorkshopBot.Storage.Workshops;

// Moderator -> traject rows, kept by the same LedgeredUserIndex mechanism as the werkgroep membership
// rows: synced after every traject save, repaired by the next one, checked against the traject when read.
internal sealed class TableTrajectModeratorIndex(LedgeredUserIndex index)
{
    private const string LedgerPrefix = "t-";
    private const string ModeratorRole = "moderator";

    public Task SyncAsync(Traject traject, CancellationToken cancellationToken) =>
        index.SyncAsync(
            new IndexSync(
                LedgerPrefix + traject.Id,
                traject.Id,
                traject.Version,
                traject.Moderators.Select(m => m.UserId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
                    .Select(userId => KeyValuePair.Create(userId, ModeratorRole)).ToArray(),
                TableKeys.ForModerator,
                (userId, _) => new UserTrajectEntity
                {
                    PartitionKey = TableKeys.ForModerator(userId),
                    RowKey = traject.Id,
                    UserId = userId,
                    TenantId = traject.TenantId,
                    TrajectVersion = traject.Version,
                }),
            cancellationToken);

    public Task<IReadOnlyList<UserTrajectEntity>> RowsForUserAsync(string userId, CancellationToken cancellationToken) =>
        index.RowsAsync<UserTrajectEntity>(TableKeys.ForModerator(userId), row => row.UserId == userId, cancellationToken);

    public Task RemoveStaleAsync(UserTrajectEntity row, CancellationToken cancellationToken) =>
        index.RemoveStaleAsync(row, cancellationToken);
}
