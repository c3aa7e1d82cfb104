using WorkshopBot.Coaching;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Application.Projections;

// An indicator's definition sheet with what the indicator card, the board and the exports derive from it:
// the statement of its result, who proposed it, the yes/no reading of the three-way answers and the
// coach's assessment. The coach gets the indicator (and so its direction) in one form, through
// CoachAssessments; the language only decides the word it quotes back.
public sealed record IndicatorProjection(
    Indicator Indicator,
    string? ResultText,
    PersonProjection? ProposedBy,
    IndicatorAssessment Coach)
{
    // True when partners already register this; false means extra registration burden; null: not said.
    public bool? ExistingRegistration => Indicator.ExistingRegistration switch
    {
        Domain.Items.ExistingRegistration.Yes => true,
        Domain.Items.ExistingRegistration.No => false,
        _ => null,
    };

    // True for need-to-know, false for nice-to-know, null while the group has not chosen.
    public bool? NeedToKnow => Indicator.Need switch
    {
        InformationNeed.NeedToKnow => true,
        InformationNeed.NiceToKnow => false,
        _ => null,
    };

    public static IndicatorProjection Of(Werkgroep werkgroep, Indicator indicator, Language language) => new(
        indicator,
        ResultProjection.StatementOf(werkgroep, indicator.ResultId),
        PersonProjection.ProposerOf(werkgroep, indicator),
        CoachAssessments.Assess(indicator, language));
}
