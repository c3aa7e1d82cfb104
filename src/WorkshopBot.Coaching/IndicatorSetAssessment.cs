namespace WorkshopBot.Coaching;

/// <summary>The indicators of one result, each assessed, plus the checks on the set as a whole.</summary>
public sealed record IndicatorSetAssessment(
    IReadOnlyList<IndicatorAssessment> Indicators,
    IReadOnlyList<CriterionVerdict> Criteria)
{
    public int OpenPoints => Criteria.Count(c => c.Status == CriterionStatus.Failed);

    public CriterionVerdict this[string id] => Criteria.First(c => c.Id == id);
}
