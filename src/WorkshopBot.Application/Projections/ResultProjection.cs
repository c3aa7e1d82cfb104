using WorkshopBot.Coaching;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Application.Projections;

// A result with what the result card, the board and the exports derive from it: who proposed it, the
// indicators that measure it and the coach's assessment. The surfaces read the stored fields from Result
// and these facts from here, and only decide how to show them.
public sealed record ResultProjection(
    Result Result,
    PersonProjection? ProposedBy,
    IReadOnlyList<Indicator> Indicators,
    ResultAssessment Coach)
{
    public static ResultProjection Of(Werkgroep werkgroep, Result result) => new(
        result,
        PersonProjection.ProposerOf(werkgroep, result),
        werkgroep.IndicatorsOf(result.Id),
        CoachAssessments.Assess(result));

    // The statement of a linked result, for items that show what they contribute to.
    public static string? StatementOf(Werkgroep werkgroep, string? resultId) =>
        resultId is null ? null : werkgroep.Results.FirstOrDefault(r => r.Id == resultId)?.Statement;
}
