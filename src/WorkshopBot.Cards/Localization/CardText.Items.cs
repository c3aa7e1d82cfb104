namespace WorkshopBot.Cards.Localization;

// Results, indicators, activities and quality agreements: item cards, their forms and the coach.
public sealed partial record CardText
{
    public required string KindResult { get; init; }

    public required string KindIndicator { get; init; }

    public required string KindActivity { get; init; }

    public required string KindQualityAgreement { get; init; }

    public required string ItemHeaderFormat { get; init; }

    public required string StatusConcept { get; init; }

    public required string StatusVastgesteld { get; init; }

    public required string StatusGeparkeerd { get; init; }

    public required string ProposedByFormat { get; init; }

    public required string MissingFieldsOne { get; init; }

    public required string MissingFieldsMany { get; init; }

    public required string DefinitionSheetComplete { get; init; }

    public required string ExtraRegistration { get; init; }

    public required string ExtraRegistrationWarning { get; init; }

    public required string ForResultFormat { get; init; }

    public required string IndicatorsHeading { get; init; }

    public required string NoIndicatorsYet { get; init; }

    public required string FieldResultText { get; init; }

    public required string ResultPlaceholder { get; init; }

    public required string FieldTargetGroup { get; init; }

    public required string TargetGroupPlaceholder { get; init; }

    public required string FieldBaseline { get; init; }

    public required string FieldTarget { get; init; }

    public required string FieldDeadline { get; init; }

    public required string DeadlinePlaceholder { get; init; }

    public required string FieldResult { get; init; }

    public required string FieldIndicatorName { get; init; }

    public required string FieldDefinition { get; init; }

    public required string FieldNumerator { get; init; }

    public required string FieldDenominator { get; init; }

    public required string FieldMeasure { get; init; }

    public required string MeasureTellen { get; init; }

    public required string MeasureVertellen { get; init; }

    public required string FieldLevel { get; init; }

    public required string LevelInput { get; init; }

    public required string LevelProces { get; init; }

    public required string LevelOutput { get; init; }

    public required string LevelOutcome { get; init; }

    public required string FieldDataSource { get; init; }

    public required string DataSourcePlaceholder { get; init; }

    public required string FieldExistingRegistration { get; init; }

    public required string ExistingRegistrationToggle { get; init; }

    public required string FieldOwner { get; init; }

    public required string FieldFrequency { get; init; }

    // The vertellen sheet's own fields.
    public required string FieldStoriesAbout { get; init; }

    public required string FieldStoriesFrom { get; init; }

    public required string FieldCollectionMethod { get; init; }

    public required string FieldStoriesUse { get; init; }

    public required string FrequencyPlaceholder { get; init; }

    // Forms in dialogs: editing an item, the indicator's short form and full sheet, promoting a note.
    public required string EditItemTitleFormat { get; init; }

    public required string IndicatorSheetTitle { get; init; }

    public required string IndicatorSheetStoriesHint { get; init; }

    public required string IndicatorSheetCountHint { get; init; }

    public required string IndicatorSheetUnknownMeasureHint { get; init; }

    public required string IndicatorShortFormHint { get; init; }

    public required string StoriesAboutPlaceholder { get; init; }

    public required string StoriesFromPlaceholder { get; init; }

    public required string CollectionMethodPlaceholder { get; init; }

    public required string PromoteTitle { get; init; }

    public required string PromoteDefaultFormat { get; init; }

    public required string FieldDirection { get; init; }

    public required string DirectionIncrease { get; init; }

    public required string DirectionDecrease { get; init; }

    public required string DirectionMaintain { get; init; }

    public required string FieldPriority { get; init; }

    public required string PriorityNeedToKnow { get; init; }

    public required string PriorityNiceToKnow { get; init; }

    public required string FieldActivityName { get; init; }

    public required string FieldDescription { get; init; }

    public required string FieldAgreementText { get; init; }

    public required string ResultGuidance { get; init; }

    public required string IndicatorGuidance { get; init; }

    public required string ActivityGuidance { get; init; }

    public required string QualityAgreementGuidance { get; init; }

    public required string FromNoteFormat { get; init; }

    public required string CoachHeading { get; init; }

    public required string CoachGood { get; init; }

    public required string CoachMissing { get; init; }

    public required string CoachEvidenceFormat { get; init; }

    public required string CoachTipFormat { get; init; }

    public required string CoachSuggestion { get; init; }

    public required string CoachAdvisory { get; init; }
}
