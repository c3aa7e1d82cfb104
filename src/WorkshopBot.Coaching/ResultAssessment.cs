using WorkshopBot.Domain.Localization;

namespace WorkshopBot.Coaching;

public sealed record ResultAssessment(
    IReadOnlyList<CriterionVerdict> Criteria,
    CoachMessage SuggestionText)
{
    public int OpenPoints => Criteria.Count(c => c.Status == CriterionStatus.Failed);

    public IReadOnlyList<CriterionVerdict> Passed => [.. Criteria.Where(c => c.Status == CriterionStatus.Passed)];

    public IReadOnlyList<CriterionVerdict> Failed => [.. Criteria.Where(c => c.Status == CriterionStatus.Failed)];

    public string Suggestion(Language language) => SuggestionText.In(language);

    public CriterionVerdict this[string id] => Criteria.First(c => c.Id == id);
}
