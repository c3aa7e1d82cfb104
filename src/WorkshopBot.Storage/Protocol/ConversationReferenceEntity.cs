namespace WorkshopBot.Storage.Protocol;

// PartitionKey = hash of the conversation id, RowKey = "ref". The reference itself is stored as the
// wire JSON so new fields survive without a schema change.
internal sealed class ConversationReferenceEntity() : TableRow(rowKey: Row)
{
    public const string Row = "ref";

    public string ConversationId { get; set; } = "";
    public string Json { get; set; } = "";
}
