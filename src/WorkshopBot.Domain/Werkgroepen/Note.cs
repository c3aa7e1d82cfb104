namespace WorkshopBot.Domain.Werkgroepen;

// A sticky note on the board. Merged and deleted notes stay as tombstones (a deleted one without its text) so a redelivered AddNote with
// the same id stays a no-op instead of bringing the note back.
public sealed record Note
{
    public string Id { get; init; } = "";

    public int Step { get; init; }

    public string AuthorId { get; init; } = "";

    public string AuthorName { get; init; } = "";

    public string? Organisation { get; init; }

    public string Text { get; init; } = "";

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? EditedAt { get; init; }

    public IReadOnlyList<Vote> Votes { get; init; } = [];

    public string? Cluster { get; init; }

    public NoteStatus Status { get; init; } = NoteStatus.Idee;

    public string? MergedIntoId { get; init; }

    public IReadOnlyList<string> MergedFromIds { get; init; } = [];

    public bool IsDeleted { get; init; }

    // When the note was deleted; a deleted note is a tombstone without text (Werkgroep.Tombstone).
    public DateTimeOffset? DeletedAt { get; init; }

    public NoteRef? PromotedTo { get; init; }

    public int VoteCount => Votes.Count;

    public bool IsActive => !IsDeleted && MergedIntoId is null;
}
