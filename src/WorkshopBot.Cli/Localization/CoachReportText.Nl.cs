namespace WorkshopBot.Cli.Localization;

public sealed partial record CoachReportText
{
    public static CoachReportText Dutch { get; } = new()
    {
        ResultTitle = "Coach — resultaat",
        IndicatorTitle = "Coach — indicator",
        ClassificationFormat = "soort: {0}, {1}",
        ModeCount = "tellen",
        ModeStory = "vertellen",
        ModeUnknown = "onbekend",
        SuggestionLabel = "Suggestie: ",
        OpenPointsFormat = "Open punten: {0} (de coach adviseert, hij blokkeert nooit)",
    };
}
