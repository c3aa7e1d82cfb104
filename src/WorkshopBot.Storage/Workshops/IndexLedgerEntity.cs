namespace WorkshopBot.Storage.Workshops;

// UserWerkgroepen row "what a user index holds for one werkgroep or traject": PartitionKey = prefix + owner
// id ("w-" werkgroep, "t-" traject), RowKey "ledger". User partitions start with a letter ("u", "m"), so
// ledgers and user rows never meet. Roles is one "role user-id" line per person; Version is the owner's
// version the index was last brought up to.
internal sealed class IndexLedgerEntity() : TableRow(rowKey: LedgerRowKey)
{
    public const string LedgerRowKey = "ledger";

    public int Version { get; set; }

    public string Roles { get; set; } = "";

    public static string Format(IReadOnlyList<KeyValuePair<string, string>> roles) =>
        string.Join('\n', roles.Select(r => $"{r.Value} {r.Key}"));

    public IReadOnlyDictionary<string, string> ParseRoles()
    {
        var roles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in Roles.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            int space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0)
            {
                roles[line[(space + 1)..]] = line[..space];
            }
        }

        return roles;
    }
}
