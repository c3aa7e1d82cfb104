namespace WorkshopBot.Cards.Views;

public sealed record NoteView
{
    public required string NoteId { get; init; }

    public required long Version { get; init; }

    public required string Text { get; init; }

    public required string AuthorUserId { get; init; }

    public string? AuthorName { get; init; }

    public string? AuthorOrganisation { get; init; }

    public string? ClusterLabel { get; init; }

    // Texts of the notes merged into this one; they stay readable under it.
    public IReadOnlyList<string> MergedTexts { get; init; } = [];

    // All dots on the note; null while a voting round on the step is open and the viewer may not see
    // the totals (Werkgroep.VoteCountsVisible).
    public int? Votes { get; init; }

    // How many of the current voting round's dots the viewer put on this note.
    public int ViewerVotes { get; init; }

    // The card's order during an open voting round: cluster, then this, so nothing moves when dots land.
    public DateTimeOffset CreatedAt { get; init; }

    // Promoted to a result, indicator, activity or quality agreement; it stays on the board, marked.
    public bool Promoted { get; init; }
}
