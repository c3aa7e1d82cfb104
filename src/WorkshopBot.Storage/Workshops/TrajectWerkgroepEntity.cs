namespace WorkshopBot.Storage.Workshops;

// TrajectWerkgroepen row: PartitionKey = traject id, RowKey = werkgroep id.
internal sealed class TrajectWerkgroepEntity : TableRow
{
}
