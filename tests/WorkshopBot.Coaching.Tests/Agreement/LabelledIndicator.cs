namespace WorkshopBot.Coaching.Tests.Agreement;

public sealed record LabelledIndicator(
    string Id,
    string Name,
    string? Definition,
    string? Numerator,
    string? Denominator,
    string? Unit,
    string? DataSource,
    bool? ExistingRegistration,
    string? Owner,
    string? Frequency,
    string? Baseline,
    string? Target,
    string? Direction,
    bool? NeedToKnow,
    IReadOnlyDictionary<string, string> Expected,
    string? Note)
{
    public IndicatorDraft ToDraft() => new(
        Name, Definition, Numerator, Denominator, Unit, DataSource, ExistingRegistration, Owner, Frequency, Baseline, Target, Direction, NeedToKnow);
}
