namespace WorkshopBot.Cards.Views;

// Form to propose a result, indicator, activity or quality agreement; prefilled when a moderator
// promotes a sticky note.
public sealed record ProposeFormView
{
    public required ItemKind Kind { get; init; }

    public required string WerkgroepId { get; init; }

    public required int Step { get; init; }

    public string? SourceNoteId { get; init; }

    public long? SourceNoteVersion { get; init; }

    public string? PrefillText { get; init; }

    // Results an indicator or activity can belong to.
    public IReadOnlyList<ResultOption> Results { get; init; } = [];

    public string? Error { get; init; }
}
