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
        indicator.Type switch
        {
            DomainItems.IndicatorType.Input => IndicatorType.Input,
            DomainItems.IndicatorType.Proces => IndicatorType.Process,
            DomainItems.IndicatorType.Output => IndicatorType.Output,
            DomainItems.IndicatorType.Outcome => IndicatorType.Outcome,
            _ => null,
        },
        indicator.IndicatorKind switch
        {
            DomainItems.IndicatorKind.Tellen => IndicatorMode.Count,
            DomainItems.IndicatorKind.Vertellen => IndicatorMode.Story,
            _ => null,
        }));

    private static string DirectionWord(DomainItems.IndicatorDirection direction, Language language) => (direction, language) switch
    {
        (DomainItems.IndicatorDirection.Up, Language.English) => "increase",
        (DomainItems.IndicatorDirection.Down, Language.English) => "decrease",
        (_, Language.English) => "stay the same",
        (DomainItems.IndicatorDirection.Up, _) => "stijgen",
        (DomainItems.IndicatorDirection.Down, _) => "dalen",
        _ => "gelijk blijven",
    };
}
