using WorkshopBot.Domain.Localization;

namespace WorkshopBot.Cli.Localization;

// The labels of the coach command's readable report, one table per language (CoachReportText.Nl.cs,
// CoachReportText.En.cs), the same mechanism as CardText and MessageText: every property is required, so a
// missing translation does not compile. *Format texts are templates filled with invariant formatting.
public sealed partial record CoachReportText
{
    public required string ResultTitle { get; init; }

    public required string IndicatorTitle { get; init; }

    // {0} the type ("outcome"), {1} the mode in words.
    public required string ClassificationFormat { get; init; }

    public required string ModeCount { get; init; }

    public required string ModeStory { get; init; }

    public required string ModeUnknown { get; init; }

    public required string SuggestionLabel { get; init; }

    public required string OpenPointsFormat { get; init; }

    public static CoachReportText For(Language language) => TextTables.For(language, Dutch, English);

    public static string Fill(string template, params object?[] values) => TextTables.Fill(template, values);
}
