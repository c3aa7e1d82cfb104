using WorkshopBot.Coaching.Localization;
using WorkshopBot.Domain.Localization;
using DomainItems = WorkshopBot.Domain.Items;

namespace WorkshopBot.Coaching;

// Stored results and indicators as the coach reads them: the one mapping from the domain's items to the
// coach's drafts, shared by the cards, the board, the exports and the application, so they cannot
// disagree about what the coach says.
public static class CoachAssessments
{
    public static ResultAssessment Assess(DomainItems.Result result) => Coach.Default.AssessResult(new ResultDraft(
        result.Statement, result.TargetGroup, result.WhatChanges, result.Baseline, result.Target, result.Horizon, result.CompassStep));

    // The coach quotes the direction back in its message, so the word is in that message's language.
    public static IndicatorAssessment Assess(DomainItems.Indicator indicator, Language language) => Coach.Default.AssessIndicator(new IndicatorDraft(
        indicator.Name,
        indicator.Definition,
        indicator.Numerator,
        indicator.Denominator,
        Unit: null,
        indicator.DataSource,
        indicator.ExistingRegistration switch
        {
            DomainItems.ExistingRegistration.Yes => true,
            DomainItems.ExistingRegistration.No => false,
            _ => null,
        },
        indicator.OwnerOrganisation,
        indicator.Frequency,
        indicator.Baseline,
        indicator.Target,
        indicator.Direction is { } direction ? DirectionWord(direction, language) : null,
        indicator.Need switch
        {
            DomainItems.InformationNeed.NeedToKnow => true,
            DomainItems.InformationNeed.NiceToKnow => false,
            _ => null,
        },
        indicator.Type,
        indicator.IndicatorKind));

    private static string DirectionWord(DomainItems.IndicatorDirection direction, Language language) => direction switch
    {
        DomainItems.IndicatorDirection.Up => CoachText.For(language).DirectionUp,
        DomainItems.IndicatorDirection.Down => CoachText.For(language).DirectionDown,
        _ => CoachText.For(language).DirectionSame,
    };
}
