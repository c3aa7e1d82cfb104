using WorkshopBot.Storage.Serialization;

namespace WorkshopBot.Storage.Summaries;

// PartitionKey = traject id, RowKey = review id ("{scope}-v{n}"). State, ScopeId and Version are
// columns so the scheduler and "latest version" can filter without reading the payload. The review
// is Brotli-compressed JSON split over Data0..Data7 of ChunkedJsonRow: a binary property holds at most
// 64 KiB and an entity 1 MiB, so 8 chunks (512 KiB compressed) leave room for the other columns. A
// 30-result, 100-indicator summary with 100 answers compresses to a few tens of KiB.
internal sealed class SummaryReviewEntity : ChunkedJsonRow
{
    public const int MaxChunks = 8;

    public string ScopeId { get; set; } = "";

    public int Version { get; set; }

    public string State { get; set; } = "";
}
