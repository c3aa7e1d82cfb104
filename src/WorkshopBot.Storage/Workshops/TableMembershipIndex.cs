using System.Runtime.CompilerServices;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Storage.Workshops;

// User -> werkgroep rows (member or moderator), kept by the LedgeredUserIndex mechanism: synced after
// every werkgroep save, repaired by the next one, checked against the werkgroep when read.
internal sealed class TableMembershipIndex(LedgeredUserIndex index)
{
    private const string LedgerPrefix = "w-";

    // The roles change only with the member and moderator lists. A note or a vote leaves both lists as they
    // are (Werkgroep is immutable and `with` keeps them), so the sorted roles and their ledger text are worked
    // out once per pair of lists instead of on every save.
    private readonly ConditionalWeakTable<IReadOnlyList<Member>, Roles> rolesOfMembers = new();

    public Task SyncAsync(Werkgroep werkgroep, CancellationToken cancellationToken)
    {
        var roles = RolesOf(werkgroep);
        return index.SyncAsync(
            new IndexSync(
                LedgerPrefix + werkgroep.Id,
                werkgroep.Id,
                werkgroep.Version,
                roles.List,
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
                },
                roles.Formatted),
            cancellationToken);
    }

    public Task<IReadOnlyList<UserWerkgroepEntity>> RowsForUserAsync(string userId, CancellationToken cancellationToken) =>
        index.RowsAsync<UserWerkgroepEntity>(TableKeys.ForUser(userId), row => row.UserId == userId, cancellationToken);

    public Task RemoveStaleAsync(UserWerkgroepEntity row, CancellationToken cancellationToken) =>
        index.RemoveStaleAsync(row, cancellationToken);

    private Roles RolesOf(Werkgroep werkgroep)
    {
        if (rolesOfMembers.TryGetValue(werkgroep.Members, out var known) && ReferenceEquals(known.Moderators, werkgroep.Moderators))
        {
            return known;
        }

        KeyValuePair<string, string>[] list = [.. werkgroep.MemberRoles().Select(r => KeyValuePair.Create(r.Key, RoleText(r.Value)))];
        var roles = new Roles(werkgroep.Moderators, list, IndexLedgerEntity.Format(list));
        rolesOfMembers.AddOrUpdate(werkgroep.Members, roles);
        return roles;
    }

    private static string RoleText(WerkgroepRole role) => role == WerkgroepRole.Moderator ? "moderator" : "member";

    private sealed record Roles(IReadOnlyList<Person> Moderators, IReadOnlyList<KeyValuePair<string, string>> List, string Formatted);
}
