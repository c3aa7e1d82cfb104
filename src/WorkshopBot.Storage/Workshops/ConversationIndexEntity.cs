using Azure;
using Azure.Data.Tables;

namespace WorkshopBot.Storage.Workshops;

// ConversationIndex row: PartitionKey = TableKeys.ForConversation(conversation id),
// RowKey "werkgroep" (bound werkgroep) or "traject" (large-group channel of a traject).
internal sealed class ConversationIndexEntity : ITableEntity
{
    public const string WerkgroepRowKey = "werkgroep";
    public const string TrajectRowKey = "traject";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string ConversationId { get; set; } = "";

    public string TargetId { get; set; } = "";
}
