namespace WorkshopBot.Storage.Protocol;

// PartitionKey = hash of the conversation id, RowKey = hash of the activity id.
internal sealed class ProcessedActivityEntity : TableRow
{
    public const string InProgress = "in-progress";
    public const string Completed = "completed";

    public string Status { get; set; } = InProgress;

    // Who made the claim: the Table client retries an insert whose answer was lost (storage restarting),
    // and the retry's 409 must then read as "ours", not as a second delivery.
    public string? ClaimToken { get; set; }
    public int? ResponseStatus { get; set; }

    // GZip-compressed JSON of the invoke response body (a card can be up to ~80 KB; a binary
    // property holds 64 KB).
    public byte[]? ResponseBody { get; set; }

    // Instead of ResponseBody: what the bot renders the answer from again (InvokeResponse.ReplayKey).
    public string? ReplayKey { get; set; }
}
