using Azure;
using Azure.Data.Tables;

namespace WorkshopBot.Storage;

// The four ITableEntity members every table entity carries; an entity declares only its own columns.
// Azure.Data.Tables binds public instance properties, inherited ones included, so the columns keep
// their names. Timestamp and ETag are service metadata and never written as columns.
internal abstract class TableRow : ITableEntity
{
    protected TableRow(string partitionKey = "", string rowKey = "")
    {
        PartitionKey = partitionKey;
        RowKey = rowKey;
    }

    public string PartitionKey { get; set; }

    public string RowKey { get; set; }

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }
}
