using WorkshopBot.Domain.Localization;

namespace WorkshopBot.Coaching;

public sealed record ResultAssessment(
    IReadOnlyList<CriterionVerdict> Criteria,
    CoachMessage SuggestionText)
{
    public int OpenPoints => Criteria.Count(c => c.Status == CriterionStatus.Failed);

    public IReadOnlyList<CriterionVerdict> Passed => [.. Criteria.Where(c => c.Status == CriterionStatus.Passed)];

    public IReadOnlyList<CriterionVerdict> Failed => [.. Criteria.Where(c => c.Status == CriterionStatus.Failed)];

    /// <summary>True when the suggestion still has [placeholders] for the group to fill in.</summary>
    public bool SuggestionHasPlaceholders { get; init; }

    public string Suggestion(Language language) => SuggestionText.In(language);

    /// <summary>
    /// The suggestion as a formulation the group can adopt as it is ("overnemen"): only when it has no placeholders
    /// and differs from the statement; otherwise null, and the suggestion is advice to fill in, not a formulation.
    /// </summary>
    public string? AdoptableSuggestion(Language language, string statement)
    {
        var suggestion = Suggestion(language);
        return SuggestionHasPlaceholders || string.IsNullOrWhiteSpace(suggestion) || string.Equals(suggestion.Trim(), statement.Trim(), StringComparison.Ordinal)
            ? null
            : suggestion;
    }

    public CriterionVerdict this[string id] => Criteria.First(c => c.Id == id);
}
