using WorkshopBot.Domain.Items;

namespace WorkshopBot.Cards.Views;

// Form to propose a result, indicator, activity or quality agreement; prefilled when a moderator
// promotes a sticky note.
public sealed record ProposeFormView
{
    public required FormalItemKind Kind { get; init; }

    public required string WerkgroepId { get; init; }

    public required int Step { get; init; }

    public string? SourceNoteId { get; init; }

    public long? SourceNoteVersion { get; init; }

    public string? PrefillText { get; init; }

    // Results an indicator or activity can belong to, and the one to preselect (e.g. when the form
    // was opened from a result card).
    public IReadOnlyList<ResultOption> Results { get; init; } = [];

    public string? SelectedResultId { get; init; }

    public string? Error { get; init; }
}
