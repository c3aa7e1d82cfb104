namespace WorkshopBot.Storage.Timers;

// One row per werkgroep with a running timer (TableRunningTimerStore). One partition: there are only as many rows
// as timers running right now, and the announcer reads them all with one query.
internal sealed class RunningTimerEntity() : TableRow(partitionKey: Partition)
{
    public const string Partition = "running";

    public string WerkgroepId { get; set; } = "";

    public string ConversationId { get; set; } = "";

    // For the "due" query; Table DateTime is UTC and may lose precision, so the exact instant the
    // announcer compares with the werkgroep's timer is kept as round-trip text in EndsAtExact.
    public DateTimeOffset EndsAt { get; set; }

    public string EndsAtExact { get; set; } = "";

    public string Language { get; set; } = "";
}
