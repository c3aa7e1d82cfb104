namespace WorkshopBot.Domain.Monitoring;

// What the story form sends. PeriodKey is optional: without it the story belongs to the current quarter.
public sealed record StoryInput(
    string Text,
    StoryPerspective Perspective,
    string? PeriodKey,
    string? Theme,
    IReadOnlyList<string> IndicatorIds,
    IReadOnlyList<string> ResultIds,
    bool IsQuote,
    bool ConsentGiven);
