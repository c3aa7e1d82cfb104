namespace WorkshopBot.Storage.Workshops;

// ConversationIndex row: PartitionKey = TableKeys.ForConversation(conversation id),
// RowKey "werkgroep" (bound werkgroep) or "traject" (large-group channel of a traject).
internal sealed class ConversationIndexEntity : TableRow
{
    public const string WerkgroepRowKey = "werkgroep";
    public const string TrajectRowKey = "traject";

    public string ConversationId { get; set; } = "";

    public string TargetId { get; set; } = "";
}
