using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Application.Projections;

// All formal items of a werkgroep, in their stored order, as the board and the exports show them.
public sealed record ItemsProjection(
    IReadOnlyList<ResultProjection> Results,
    IReadOnlyList<IndicatorProjection> Indicators,
    IReadOnlyList<ActivityProjection> Activities,
    IReadOnlyList<QualityAgreementProjection> QualityAgreements)
{
    public static ItemsProjection Of(Werkgroep werkgroep, Language language) => new(
        [.. werkgroep.Results.Select(result => ResultProjection.Of(werkgroep, result))],
        [.. werkgroep.Indicators.Select(indicator => IndicatorProjection.Of(werkgroep, indicator, language))],
        [.. werkgroep.Activities.Select(activity => ActivityProjection.Of(werkgroep, activity))],
        [.. werkgroep.QualityAgreements.Select(agreement => QualityAgreementProjection.Of(werkgroep, agreement))]);

    // How many formal items belong to a compass step: the board counts them with the step's notes.
    public int CountInStep(int step) =>
        Results.Count(r => r.Result.CompassStep == step)
        + Indicators.Count(i => i.Indicator.CompassStep == step)
        + Activities.Count(a => a.Activity.CompassStep == step)
        + QualityAgreements.Count(q => q.Agreement.CompassStep == step);
}
