using Azure;
using Azure.Data.Tables;

namespace WorkshopBot.Storage.Workshops;

// TrajectWerkgroepen row: PartitionKey = traject id, RowKey = werkgroep id.
internal sealed class TrajectWerkgroepEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }
}
