namespace WorkshopBot.Coaching.Localization;

// The coach's messages and suggestions, one table per language (CoachText.Nl.cs, CoachText.En.cs), the same
// mechanism as the cards' CardText and the replies' MessageText: every property is required, so a missing
// translation does not compile. *Format texts are templates filled with invariant formatting (CoachText.Fill).
public sealed partial record CoachText
{
    // Results: who it is for
    public required string TargetGroupFieldFormat { get; init; }

    public required string TargetGroupNamedFormat { get; init; }

    public required string TargetGroupMissing { get; init; }

    // Results: content, not process
    public required string PreconditionFormat { get; init; }

    public required string ProcessFormat { get; init; }

    // Round 12: an organisation acts; the change for residents stands only in the purpose clause.
    public required string ChangeOnlyInPurposeFormat { get; init; }

    public required string ContentFormat { get; init; }

    public required string NotProcess { get; init; }

    // Results: outcome, not output
    public required string OutputFormat { get; init; }

    public required string OutcomeFormat { get; init; }

    public required string NoOutput { get; init; }

    public required string NoChangeFormat { get; init; }

    // Results: measurable and time-bound
    public required string MeasurableFormat { get; init; }

    public required string MeasurableMissing { get; init; }

    public required string TimeFrameFormat { get; init; }

    public required string StartingPointOnlyFormat { get; init; }

    public required string TimeFrameMissing { get; init; }

    // Results: concrete, one result
    public required string HeadingOnly { get; init; }

    public required string TooAbstractFormat { get; init; }

    public required string TooAbstractShortFormat { get; init; }

    public required string PlaceholdersFormat { get; init; }

    public required string ConcreteFormat { get; init; }

    public required string ConcretelyWorded { get; init; }

    public required string SeveralResultsFormat { get; init; }

    public required string SingleResult { get; init; }

    // Results: the suggested rewrite
    public required string ResultSuggestionFormat { get; init; }

    public required string HorizonPlaceholder { get; init; }

    public required string HorizonFormat { get; init; }

    public required string HorizonWithTimeWordFormat { get; init; }

    public required string ChangeExampleFormat { get; init; }

    public required string ChangePlaceholder { get; init; }

    public required string TargetGroupPlaceholder { get; init; }

    public required string BaselinePlaceholder { get; init; }

    public required string TargetPlaceholder { get; init; }

    // Indicators: the definition sheet
    public required string DefinitionPresent { get; init; }

    public required string DefinitionMissing { get; init; }

    public required string DefinitionShort { get; init; }

    public required string UnitFieldsFormat { get; init; }

    public required string UnitNotForStories { get; init; }

    public required string UnitNamedFormat { get; init; }

    public required string UnitMissing { get; init; }

    public required string SourceFieldFormat { get; init; }

    public required string SourceNamedFormat { get; init; }

    public required string SourceMissing { get; init; }

    public required string AlreadyRegistered { get; init; }

    public required string NewRegistrationDeclared { get; init; }

    public required string NewRegistrationFormat { get; init; }

    public required string ExistingSourceFormat { get; init; }

    public required string NoSourceYet { get; init; }

    public required string ExistingSourceUnknown { get; init; }

    public required string OwnerFieldFormat { get; init; }

    public required string OwnerNamedFormat { get; init; }

    public required string OwnerMissing { get; init; }

    public required string FrequencyFormat { get; init; }

    public required string FrequencyMissing { get; init; }

    // Indicators: baseline, target, need-to-know
    public required string BaselineFieldFormat { get; init; }

    public required string BaselineNotForStories { get; init; }

    public required string BaselineNamedFormat { get; init; }

    public required string BaselineMissing { get; init; }

    public required string TargetFieldFormat { get; init; }

    public required string TargetNotForStories { get; init; }

    public required string TargetNamedFormat { get; init; }

    public required string DirectionWithoutTargetFormat { get; init; }

    public required string TargetMissing { get; init; }

    public required string NeedToKnow { get; init; }

    public required string NiceToKnow { get; init; }

    public required string NeedToKnowMissing { get; init; }

    // Indicators: the suggested rewrite
    public required string NotOutcomeIndicatorFormat { get; init; }

    public required string InputLabel { get; init; }

    public required string ProcessLabel { get; init; }

    public required string OutputLabel { get; init; }

    public required string StorySheetFormat { get; init; }

    public required string CountSheetFormat { get; init; }

    // Results: the own-words suggestion adds only what is missing
    public required string AddTargetGroup { get; init; }

    public required string AddHorizon { get; init; }

    public required string AddFromTo { get; init; }

    // Criterion names for readable output (the ids stay stable in JSON)
    public required string NameTargetGroup { get; init; }

    public required string NameContentNotProcess { get; init; }

    public required string NameOutcomeNotOutput { get; init; }

    public required string NameMeasurable { get; init; }

    public required string NameTimeBound { get; init; }

    public required string NameConcrete { get; init; }

    public required string NameSingleResult { get; init; }

    public required string NameDefinition { get; init; }

    public required string NameUnit { get; init; }

    public required string NameSource { get; init; }

    public required string NameExistingSource { get; init; }

    public required string NameOwner { get; init; }

    public required string NameFrequency { get; init; }

    public required string NameBaseline { get; init; }

    public required string NameTarget { get; init; }

    public required string NameNeedToKnow { get; init; }

    public required string NameType { get; init; }

    public required string NameMode { get; init; }

    public required string TypeGuessFormat { get; init; }

    public required string OutcomeLabel { get; init; }

    public required string UnknownLabel { get; init; }

    /// <summary>The criterion's name in this language; an unknown id is returned as it is.</summary>
    public string CriterionName(string id) => id switch
    {
        CriterionIds.TargetGroup => NameTargetGroup,
        CriterionIds.ContentNotProcess => NameContentNotProcess,
        CriterionIds.OutcomeNotOutput => NameOutcomeNotOutput,
        CriterionIds.Measurable => NameMeasurable,
        CriterionIds.TimeBound => NameTimeBound,
        CriterionIds.Concrete => NameConcrete,
        CriterionIds.SingleResult => NameSingleResult,
        CriterionIds.Definition => NameDefinition,
        CriterionIds.Unit => NameUnit,
        CriterionIds.Source => NameSource,
        CriterionIds.ExistingSource => NameExistingSource,
        CriterionIds.Owner => NameOwner,
        CriterionIds.Frequency => NameFrequency,
        CriterionIds.Baseline => NameBaseline,
        CriterionIds.Target => NameTarget,
        CriterionIds.NeedToKnow => NameNeedToKnow,
        "type" => NameType,
        "mode" => NameMode,
        _ => id,
    };

    // A stored indicator's direction, quoted back in the target message
    public required string DirectionUp { get; init; }

    public required string DirectionDown { get; init; }

    public required string DirectionSame { get; init; }
}
