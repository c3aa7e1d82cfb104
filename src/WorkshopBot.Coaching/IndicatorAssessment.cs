using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Localization;

namespace WorkshopBot.Coaching;

// Type and Mode are null when neither the words nor the group's declaration tell.
public sealed record IndicatorAssessment(
    IndicatorType? Type,
    IndicatorKind? Mode,
    IReadOnlyList<string> TypeEvidence,
    IReadOnlyList<string> ModeEvidence,
    IReadOnlyList<CriterionVerdict> Criteria,
    CoachMessage SuggestionText)
{
    /// <summary>The type is a best guess (an unfamiliar compound or a story with no other clue), not a finding.</summary>
    public bool TypeIsGuess { get; init; }

    public int OpenPoints => Criteria.Count(c => c.Status == CriterionStatus.Failed);

    public IReadOnlyList<CriterionVerdict> Passed => [.. Criteria.Where(c => c.Status == CriterionStatus.Passed)];

    public IReadOnlyList<CriterionVerdict> Failed => [.. Criteria.Where(c => c.Status == CriterionStatus.Failed)];

    /// <summary>Type as it appears in JSON and the labelled set: "input", "process", "output", "outcome" or "unknown".</summary>
    public string TypeText => Type switch
    {
        IndicatorType.Input => "input",
        IndicatorType.Proces => "process",
        IndicatorType.Output => "output",
        IndicatorType.Outcome => "outcome",
        _ => "unknown",
    };

    /// <summary>Mode as it appears in JSON and the labelled set: "count", "story" or "unknown".</summary>
    public string ModeText => Mode switch
    {
        IndicatorKind.Tellen => "count",
        IndicatorKind.Vertellen => "story",
        _ => "unknown",
    };

    /// <summary>The type in the reader's language ("proces", "output"), marked when it is only a best guess.</summary>
    public string TypeName(Language language)
    {
        var t = Localization.CoachText.For(language);
        var name = Type switch
        {
            IndicatorType.Input => t.InputLabel,
            IndicatorType.Proces => t.ProcessLabel,
            IndicatorType.Output => t.OutputLabel,
            IndicatorType.Outcome => t.OutcomeLabel,
            _ => t.UnknownLabel,
        };
        return TypeIsGuess ? Localization.CoachText.Fill(t.TypeGuessFormat, name) : name;
    }

    public string Suggestion(Language language) => SuggestionText.In(language);

    public CriterionVerdict this[string id] => Criteria.First(c => c.Id == id);
}
