using Azure;
using Azure.Data.Tables;

namespace WorkshopBot.Storage.Protocol;

// PartitionKey = hash of the conversation id, RowKey = "ref". The reference itself is stored as the
// wire JSON so new fields survive without a schema change.
internal sealed class ConversationReferenceEntity : ITableEntity
{
    public const string Row = "ref";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = Row;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string ConversationId { get; set; } = "";
    public string Json { get; set; } = "";
}
