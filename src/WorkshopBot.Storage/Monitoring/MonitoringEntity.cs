using WorkshopBot.Storage.Serialization;

namespace WorkshopBot.Storage.Monitoring;

// PartitionKey = traject id, RowKey = werkgroep id. Brotli-compressed JSON over Data0..Data11: a
// werkgroep with 20 indicators measured monthly for ten years (2,400 measurements) stays far below
// the 768 KiB this allows. Aggregate marks state rows, so the scheduler's list skips the audit rows.
internal sealed class MonitoringEntity : ChunkedJsonRow
{
    public const int MaxChunks = 12;
    public const string StateMarker = "monitoring";

    public string Aggregate { get; set; } = StateMarker;

    public int Version { get; set; }
}
