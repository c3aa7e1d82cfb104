using Azure;
using Azure.Data.Tables;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Storage.Workshops;

// UserWerkgroepen row "what the index holds for this werkgroep": PartitionKey = "w-" + werkgroep id,
// RowKey "ledger". User partitions start with "u", so the two never meet. Roles is one "role user-id"
// line per person; Version is the werkgroep version the index was last brought up to.
internal sealed class MembershipLedgerEntity : ITableEntity
{
    public const string PartitionPrefix = "w-";
    public const string LedgerRowKey = "ledger";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = LedgerRowKey;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public int Version { get; set; }

    public string Roles { get; set; } = "";

    public static string PartitionFor(string werkgroepId) => PartitionPrefix + werkgroepId;

    public static string Format(IReadOnlyList<KeyValuePair<string, WerkgroepRole>> roles) =>
        string.Join('\n', roles.Select(r => $"{RoleText(r.Value)} {r.Key}"));

    public IReadOnlyDictionary<string, WerkgroepRole> ParseRoles()
    {
        var roles = new Dictionary<string, WerkgroepRole>(StringComparer.Ordinal);
        foreach (string line in Roles.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            int space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0 && ParseRole(line[..space]) is { } role)
            {
                roles[line[(space + 1)..]] = role;
            }
        }

        return roles;
    }

    public static string RoleText(WerkgroepRole role) => role == WerkgroepRole.Moderator ? "moderator" : "member";

    public static WerkgroepRole? ParseRole(string text) => text switch
    {
        "moderator" => WerkgroepRole.Moderator,
        "member" => WerkgroepRole.Member,
        _ => null,
    };
}
