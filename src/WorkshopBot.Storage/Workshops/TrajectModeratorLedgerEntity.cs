using Azure;
using Azure.Data.Tables;

namespace WorkshopBot.Storage.Workshops;

// UserWerkgroepen row "which moderator rows the index holds for this traject": PartitionKey = "t-" +
// traject id, RowKey "ledger"; Moderators is one user id per line, Version the traject version the index
// was last brought up to.
internal sealed class TrajectModeratorLedgerEntity : ITableEntity
{
    public const string PartitionPrefix = "t-";
    public const string LedgerRowKey = "ledger";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = LedgerRowKey;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public int Version { get; set; }

    public string Moderators { get; set; } = "";

    public static string PartitionFor(string trajectId) => PartitionPrefix + trajectId;

    public static string Format(IEnumerable<string> userIds) => string.Join('\n', userIds);

    public IReadOnlySet<string> ParseModerators() =>
        Moderators.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}
