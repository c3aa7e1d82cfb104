namespace WorkshopBot.Coaching;

public sealed record IndicatorAssessment(
    IndicatorType Type,
    IndicatorMode Mode,
    IReadOnlyList<string> TypeEvidence,
    IReadOnlyList<string> ModeEvidence,
    IReadOnlyList<CriterionVerdict> Criteria,
    string SuggestionNl,
    string SuggestionEn)
{
    public int OpenPoints => Criteria.Count(c => c.Status == CriterionStatus.Failed);

    public IReadOnlyList<CriterionVerdict> Passed => [.. Criteria.Where(c => c.Status == CriterionStatus.Passed)];

    public IReadOnlyList<CriterionVerdict> Failed => [.. Criteria.Where(c => c.Status == CriterionStatus.Failed)];

    public string TypeText => CoachLanguage.TypeText(Type);

    public string ModeText => CoachLanguage.ModeText(Mode);

    public string Suggestion(string? language) => CoachLanguage.IsEnglish(language) ? SuggestionEn : SuggestionNl;

    public CriterionVerdict this[string id] => Criteria.First(c => c.Id == id);
}
