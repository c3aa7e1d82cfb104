using System.Globalization;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Exports.Model;

namespace WorkshopBot.Exports.Formatting;

// The fixed text of the monitoring exports and charts (step 6), one table per language like ExportText;
// every property is required, so a missing translation does not compile. Kept apart from ExportText so
// neither table outgrows a readable file.
internal sealed partial record MonitoringText
{
    public required ExportText Common { get; init; }

    public required char DecimalSeparator { get; init; }

    public required string Monitoring { get; init; }

    public required string Intro { get; init; }

    public required string OnlyNeedToKnow { get; init; }

    public required string IndicatorMeta { get; init; }

    public required string Unit { get; init; }

    public required string DataOwner { get; init; }

    public required string Frequency { get; init; }

    public required string Baseline { get; init; }

    public required string Target { get; init; }

    public required string Measurement { get; init; }

    public required string HigherIsBetter { get; init; }

    public required string LowerIsBetter { get; init; }

    public required string KeepLevel { get; init; }

    public required string DirectionNotSet { get; init; }

    public required string Period { get; init; }

    public required string PeriodFrom { get; init; }

    public required string PeriodTo { get; init; }

    public required string Value { get; init; }

    public required string Numerator { get; init; }

    public required string Denominator { get; init; }

    public required string Source { get; init; }

    public required string Note { get; init; }

    public required string Corrections { get; init; }

    public required string Kind { get; init; }

    public required string NoMeasurementsYet { get; init; }

    public required string Stories { get; init; }

    public required string NoStoriesYet { get; init; }

    public required string ResultStories { get; init; }

    public required string StoryCount { get; init; }

    public required string StoriesPerPeriod { get; init; }

    // {0} perspective, {1} theme, {2} period.
    public required string StoryHeading { get; init; }

    // A story whose teller gave no theme: {0} perspective, {1} period ("Een inwoner (2026 Q4)").
    public required string StoryHeadingWithoutTheme { get; init; }

    public required string StoryNotQuoted { get; init; }

    public required string PerspectiveInwoner { get; init; }

    public required string PerspectiveProfessional { get; init; }

    public required string PerspectiveVrijwilliger { get; init; }

    public required string Reflections { get; init; }

    public required string NoReflectionsYet { get; init; }

    public required string WhatWeSee { get; init; }

    public required string WhatItMeans { get; init; }

    public required string WhatWeDoDifferently { get; init; }

    public required string ImprovementActions { get; init; }

    public required string NoImprovementActionsYet { get; init; }

    public required string Action { get; init; }

    public required string LinkedActivity { get; init; }

    public required string Owner { get; init; }

    public required string Due { get; init; }

    public required string StatusOpen { get; init; }

    public required string StatusInProgress { get; init; }

    public required string StatusDone { get; init; }

    // {0} indicator name, {1} the points ("nulmeting 10; Q1 2026: 12; …"), {2} the direction.
    public required string ChartDescription { get; init; }

    // {0} indicator name, {1} the counts per period.
    public required string StoryChartDescription { get; init; }

    public required string NoDataYet { get; init; }

    public required string TimeSeriesSheet { get; init; }

    public required string IndicatorsSheet { get; init; }

    public required string ReportFilePrefix { get; init; }

    public required string TimeSeriesFilePrefix { get; init; }

    public static MonitoringText For(Language language) => TextTables.For(language, Dutch, English);

    public string Of(IndicatorDirection? direction) => direction switch
    {
        IndicatorDirection.Up => HigherIsBetter,
        IndicatorDirection.Down => LowerIsBetter,
        IndicatorDirection.Stable => KeepLevel,
        _ => DirectionNotSet,
    };

    public string Of(StoryPerspective perspective) => perspective switch
    {
        StoryPerspective.Professional => PerspectiveProfessional,
        StoryPerspective.Vrijwilliger => PerspectiveVrijwilliger,
        _ => PerspectiveInwoner,
    };

    public string Of(ImprovementActionStatus status) => status switch
    {
        ImprovementActionStatus.InProgress => StatusInProgress,
        ImprovementActionStatus.Done => StatusDone,
        _ => StatusOpen,
    };

    // Numbers as the reader's language writes them (12,5 in Dutch), without depending on the host's ICU data.
    public string Number(double? value) => value is { } v
        ? v.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', DecimalSeparator)
        : string.Empty;

    public string Date(DateOnly? date) => date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;

    public string IndicatorMetaFor(MonitoringIndicator indicator) => TextTables.Fill(
        IndicatorMeta,
        Common.Of(indicator.Kind),
        Common.Of(indicator.Need),
        Common.OrNotFilledIn(indicator.Unit),
        Common.OrNotFilledIn(indicator.DataOwnerOrganisation),
        Common.OrNotFilledIn(indicator.Frequency),
        Of(indicator.Direction));

    // A missing theme is left out of the sentence, not filled in with "not filled in yet": a story is not
    // a form, and "a resident about not filled in yet" reads as a mistake.
    public string StoryHeadingFor(MonitoringStory story) => string.IsNullOrWhiteSpace(story.Theme)
        ? TextTables.Fill(StoryHeadingWithoutTheme, Of(story.Perspective), story.PeriodLabel)
        : TextTables.Fill(StoryHeading, Of(story.Perspective), story.Theme, story.PeriodLabel);

    public string Fill(string template, params object[] values) => TextTables.Fill(template, values);
}
