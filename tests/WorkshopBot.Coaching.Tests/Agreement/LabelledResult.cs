namespace WorkshopBot.Coaching.Tests.Agreement;

public sealed record LabelledResult(
    string Id,
    string Statement,
    string? TargetGroup,
    string? Change,
    string? Baseline,
    string? Target,
    string? Horizon,
    int? Step,
    IReadOnlyDictionary<string, string> Expected,
    string? Note)
{
    public ResultDraft ToDraft() => new(Statement, TargetGroup, Change, Baseline, Target, Horizon, Step ?? 2);
}
