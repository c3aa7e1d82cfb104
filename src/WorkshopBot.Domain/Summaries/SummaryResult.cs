namespace WorkshopBot.Domain.Summaries;

public sealed record SummaryResult(
    string Id,
    string Statement,
    string Status,
    IReadOnlyList<SummaryIndicator> Indicators,
    IReadOnlyList<string> CoachingPoints);
