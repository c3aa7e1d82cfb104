using WorkshopBot.Domain.Audit;

namespace WorkshopBot.Storage.Workshops;

// An audit row "event-{version:D10}-{n:D3}" next to the state row, written in the same transaction.
internal sealed class WorkshopEventEntity : TableRow
{
    public const string RowKeyPrefix = "event-";

    // Stored as round-trip text: Table DateTime properties are UTC only and would drop the offset.
    private const string AtFormat = "O";

    public string TrajectId { get; set; } = "";

    public string AggregateId { get; set; } = "";

    public int Sequence { get; set; }

    public string Kind { get; set; } = "";

    public string ActorId { get; set; } = "";

    public string ActorName { get; set; } = "";

    public string At { get; set; } = "";

    public string Details { get; set; } = "";

    public static string RowKeyFor(int sequence, int index) => $"{RowKeyPrefix}{sequence:D10}-{index:D3}";

    public static WorkshopEventEntity From(string partitionKey, WorkshopEvent e, int index) => new()
    {
        PartitionKey = partitionKey,
        RowKey = RowKeyFor(e.Sequence, index),
        TrajectId = e.TrajectId,
        AggregateId = e.AggregateId,
        Sequence = e.Sequence,
        Kind = e.Kind,
        ActorId = e.ActorId,
        ActorName = e.ActorName,
        At = e.At.ToString(AtFormat, System.Globalization.CultureInfo.InvariantCulture),
        Details = e.Details,
    };

    public WorkshopEvent ToEvent() => new(
        TrajectId,
        AggregateId,
        Sequence,
        Kind,
        ActorId,
        ActorName,
        DateTimeOffset.ParseExact(At, AtFormat, System.Globalization.CultureInfo.InvariantCulture),
        Details);
}
