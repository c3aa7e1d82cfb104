namespace WorkshopBot.Web.Board;

public sealed record BoardIndicatorView(
    string Id,
    string? ResultId,
    string Name,
    string? Definition,
    string? Numerator,
    string? Denominator,
    string? Kind,
    string? Type,
    string? DataSource,
    bool? ExistingRegistration,
    string? Owner,
    string? Frequency,
    string? Baseline,
    string? Target,
    string? Direction,
    bool? NeedToKnow,
    string Status,
    IReadOnlyList<string> Missing,
    IReadOnlyList<BoardCoachPointView> Coaching,
    string? Suggestion);
