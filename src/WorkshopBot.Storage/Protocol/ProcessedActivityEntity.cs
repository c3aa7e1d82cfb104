namespace WorkshopBot.Storage.Protocol;

// PartitionKey = hash of the conversation id, RowKey = hash of the activity id.
internal sealed class ProcessedActivityEntity : TableRow
{
    public const string InProgress = "in-progress";
    public const string Completed = "completed";

    public string Status { get; set; } = InProgress;
    public int? ResponseStatus { get; set; }

    // GZip-compressed JSON of the invoke response body (a card can be up to ~80 KB; a binary
    // property holds 64 KB).
    public byte[]? ResponseBody { get; set; }

    // Instead of ResponseBody: what the bot renders the answer from again (InvokeResponse.ReplayKey).
    public string? ReplayKey { get; set; }
}
