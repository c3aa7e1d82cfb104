using System.Text.Json.Serialization;

namespace WorkshopBot.Web.Board;

// Version (as on every item view): the ItemVersion the board's edit and link send back (updateItem), so a
// change made meanwhile by someone else is refused instead of overwritten. Step: the compass step the item
// belongs to (the wall shows it on that step's canvas); SourceNoteId: the note it was promoted from (left out
// for an item proposed directly), which the wall highlights when the item is selected.

public sealed record BoardResultView(
    string Id,
    string Level,
    string Statement,
    string? TargetGroup,
    string? Change,
    string? Baseline,
    string? Target,
    string? Horizon,
    string Status,
    IReadOnlyList<string> Missing,
    IReadOnlyList<BoardCoachPointView> Coaching,
    string? Suggestion,
    IReadOnlyList<string> IndicatorIds,
    int Version = 0,
    int Step = 0,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? SourceNoteId = null)
{
    // The item's number as every export shows it (ItemNumbers: R1, I1, A1, K1), so the board and the report
    // name an item the same way.
    public string Number { get; init; } = "";
}
