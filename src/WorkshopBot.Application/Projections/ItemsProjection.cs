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
}
