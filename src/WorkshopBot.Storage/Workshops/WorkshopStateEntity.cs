using WorkshopBot.Storage.Serialization;

namespace WorkshopBot.Storage.Workshops;

// The aggregate row (RowKey "state") of a traject or werkgroep partition in the Workshops table.
// The aggregate is JSON, Brotli-compressed and split over Data0..Data13 (ChunkedJsonRow) because one binary
// property holds at most 64 KiB and an entity at most 1 MiB. A werkgroep's row holds it without its notes
// (Layout "rows/1", see WerkgroepRows); a row without Layout is the old format with every note inside.
internal sealed class WorkshopStateEntity() : ChunkedJsonRow(rowKey: StateRowKey)
{
    public const string StateRowKey = "state";
    public const string TrajectKind = "traject";
    public const string WerkgroepKind = "werkgroep";
    public const int MaxChunks = MaxColumns;

    public string Kind { get; set; } = "";

    public string TrajectId { get; set; } = "";

    public int Version { get; set; }

    // Werkgroep rows only: UpdatedAt and Version are kept current by every save, the JSON only when the
    // small state changed.
    public string? UpdatedAt { get; set; }

    public string? Layout { get; set; }

    public string? NoteGeneration { get; set; }

    // How many note rows of NoteGeneration the werkgroep has: a read that finds another number raced a save.
    public int? NoteCount { get; set; }
}
