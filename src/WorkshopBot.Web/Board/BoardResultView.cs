namespace WorkshopBot.Web.Board;

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
    IReadOnlyList<string> IndicatorIds);
