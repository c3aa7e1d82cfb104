namespace WorkshopBot.Web.Board;

// Version (as on every item view): the ItemVersion the board's edit and link send back (updateItem), so a
// change made meanwhile by someone else is refused instead of overwritten.

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
    int Version = 0);
