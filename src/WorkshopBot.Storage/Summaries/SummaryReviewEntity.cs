using Azure;
using Azure.Data.Tables;
using WorkshopBot.Storage.Serialization;

namespace WorkshopBot.Storage.Summaries;

// PartitionKey = traject id, RowKey = review id ("{scope}-v{n}"). State, ScopeId and Version are
// columns so the scheduler and "latest version" can filter without reading the payload. The review
// is Brotli-compressed JSON split over Data0..Data7: a binary property holds at most 64 KiB and an
// entity 1 MiB, so 8 chunks (512 KiB compressed) leave room for the other columns. A 30-result,
// 100-indicator summary with 100 answers compresses to a few tens of KiB.
internal sealed class SummaryReviewEntity : ITableEntity, IChunkedJsonEntity
{
    public const int MaxChunks = 8;

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string ScopeId { get; set; } = "";

    public int Version { get; set; }

    public string State { get; set; } = "";

    public string Format { get; set; } = "";

    public int ChunkCount { get; set; }

    public byte[]? Data0 { get; set; }

    public byte[]? Data1 { get; set; }

    public byte[]? Data2 { get; set; }

    public byte[]? Data3 { get; set; }

    public byte[]? Data4 { get; set; }

    public byte[]? Data5 { get; set; }

    public byte[]? Data6 { get; set; }

    public byte[]? Data7 { get; set; }

    public byte[]? GetChunk(int index) => index switch
    {
        0 => Data0, 1 => Data1, 2 => Data2, 3 => Data3,
        4 => Data4, 5 => Data5, 6 => Data6, 7 => Data7,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public void SetChunk(int index, byte[] chunk)
    {
        switch (index)
        {
            case 0: Data0 = chunk; break;
            case 1: Data1 = chunk; break;
            case 2: Data2 = chunk; break;
            case 3: Data3 = chunk; break;
            case 4: Data4 = chunk; break;
            case 5: Data5 = chunk; break;
            case 6: Data6 = chunk; break;
            case 7: Data7 = chunk; break;
            default: throw new ArgumentOutOfRangeException(nameof(index));
        }
    }
}
