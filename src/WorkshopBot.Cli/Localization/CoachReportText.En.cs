namespace WorkshopBot.Cli.Localization;

public sealed partial record CoachReportText
{
    public static CoachReportText English { get; } = new()
    {
        ResultTitle = "Coach — result",
        IndicatorTitle = "Coach — indicator",
        ClassificationFormat = "type: {0}, mode: {1}",
        ModeCount = "count",
        ModeStory = "story",
        ModeUnknown = "unknown",
        SuggestionLabel = "Suggestion: ",
        OpenPointsFormat = "Open points: {0} (the coach advises, it never blocks)",
    };
}
