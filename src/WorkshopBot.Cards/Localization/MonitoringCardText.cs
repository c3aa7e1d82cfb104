using WorkshopBot.Domain.Localization;

namespace WorkshopBot.Cards.Localization;

// The monitoring cards' text (step 6), one table per language like CardText: every property is
// required, so a missing translation does not compile.
public sealed partial record MonitoringCardText
{
    public required string DueTitleFormat { get; init; }

    public required string DueIntroFormat { get; init; }

    public required string DueMissingFormat { get; init; }

    public required string BaselineTargetFormat { get; init; }

    public required string PeriodLabel { get; init; }

    public required string ValueLabel { get; init; }

    public required string NumeratorLabel { get; init; }

    public required string DenominatorLabel { get; init; }

    public required string SourceLabel { get; init; }

    public required string NoteLabel { get; init; }

    public required string ValueRequired { get; init; }

    public required string Save { get; init; }

    public required string NothingDue { get; init; }

    public required string StoryTitle { get; init; }

    public required string StoryPrivacy { get; init; }

    public required string StoryTextLabel { get; init; }

    public required string PerspectiveLabel { get; init; }

    public required string Inwoner { get; init; }

    public required string Professional { get; init; }

    public required string Vrijwilliger { get; init; }

    public required string StoryIndicatorsLabel { get; init; }

    public required string ThemeLabel { get; init; }

    public required string IsQuoteLabel { get; init; }

    public required string IsQuoteTitle { get; init; }

    public required string ConsentLabel { get; init; }

    public required string ConsentTitle { get; init; }

    public required string AddStory { get; init; }

    public required string ReflectionTitle { get; init; }

    public required string WhatWeSeeLabel { get; init; }

    public required string WhatItMeansLabel { get; init; }

    public required string WhatWeChangeLabel { get; init; }

    public required string ImprovementActionHeading { get; init; }

    public required string ActionTextLabel { get; init; }

    public required string ActionActivitiesLabel { get; init; }

    public required string ActionOwnerLabel { get; init; }

    public required string ActionDueLabel { get; init; }

    public required string RecordReflection { get; init; }

    // {0} indicator, {1} latest value, {2} period, {3} baseline, {4} target.
    public required string FigureLineFormat { get; init; }

    public required string NoFiguresYetFormat { get; init; }

    public required string StoriesCountFormat { get; init; }

    public required string OverviewTitle { get; init; }

    public required string ChartsHeading { get; init; }

    // {0} the indicator's name.
    public required string ChartAltFormat { get; init; }

    public required string MissingHeading { get; init; }

    public required string NothingMissing { get; init; }

    // {0} indicator, {1} period, {2} owner.
    public required string MissingLineFormat { get; init; }

    public required string Overdue { get; init; }

    public required string NoOwner { get; init; }

    public required string NoOrganisation { get; init; }

    public required string NudgeFormat { get; init; }

    public required string BurdenHeading { get; init; }

    // {0} organisation, {1} new registrations, {2} per year.
    public required string BurdenLineFormat { get; init; }

    public required string NeedToKnowOnlyNote { get; init; }

    public required string OwnerHeading { get; init; }

    public required string OwnerIndicatorLabel { get; init; }

    public required string OwnerUserLabel { get; init; }

    public required string OwnerSinceLabel { get; init; }

    public required string AssignOwner { get; init; }

    public required string ToStoryForm { get; init; }

    public required string ToReflectionForm { get; init; }

    // Period labels: {0} year, {1} number; months by name.
    public required string QuarterFormat { get; init; }

    public required string HalfYearFormat { get; init; }

    public required string YearFormat { get; init; }

    public required IReadOnlyList<string> Months { get; init; }

    public required string StoryResultsLabel { get; init; }

    public required string StoryLinkHint { get; init; }

    // {0} number of the action on the form.
    public required string ActionHeadingFormat { get; init; }

    public required string ActionOwnerMemberLabel { get; init; }

    public required string ActionOwnerOtherLabel { get; init; }

    public required string ActionSlotsHint { get; init; }

    public required string PreviousActionsHeading { get; init; }

    // {0} action, {1} owner, {2} date, {3} open or done.
    public required string ActionLineFormat { get; init; }

    public required string ActionOpen { get; init; }

    public required string ActionDone { get; init; }

    public required string MarkDone { get; init; }

    public required string OpenActionsHeading { get; init; }

    public required string StoriesPerResultHeading { get; init; }

    // {0} result, {1} number of stories.
    public required string StoriesPerResultLineFormat { get; init; }

    public required string StoriesWithoutResult { get; init; }

    public static MonitoringCardText For(Language language) => TextTables.For(language, Dutch, English);
}
