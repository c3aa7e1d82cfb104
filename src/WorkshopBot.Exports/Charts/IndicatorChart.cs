using WorkshopBot.Domain.Localization;
using WorkshopBot.Exports.Formatting;
using WorkshopBot.Exports.Model;

namespace WorkshopBot.Exports.Charts;

// Progress of one indicator, rendered on the server with ScottPlot (SkiaSharp): baseline → measurements →
// target line with the direction for tellen, stories per period for vertellen. PNG for chat and Word, SVG
// for the board; both come with the same text alternative (Description) and table alternative (Table).
// User text (the indicator name, period labels) only reaches the SVG as escaped XML text.
public static class IndicatorChart
{
    public const int DefaultWidth = 800;
    public const int DefaultHeight = 450;
    public const string PngContentType = "image/png";
    public const string SvgContentType = "image/svg+xml";

    public static byte[] RenderPng(MonitoringIndicator indicator, Language language = Language.Dutch, int width = DefaultWidth, int height = DefaultHeight)
    {
        CheckSize(width, height);
        var text = MonitoringText.For(language);
        return ChartImage.Png(ChartPlot.Build(Series(indicator), text), width, height);
    }

    // An SVG document with role="img", <title> (the indicator) and <desc> (every point in words) as its first
    // children. idPrefix keeps the title/desc ids unique when a page holds several charts.
    public static string RenderSvg(MonitoringIndicator indicator, Language language = Language.Dutch, int width = DefaultWidth, int height = DefaultHeight, string idPrefix = "chart")
    {
        CheckSize(width, height);
        var text = MonitoringText.For(language);
        var series = Series(indicator);
        var svg = ChartPlot.Build(series, text).GetSvgXml(width, height);
        return AccessibleSvg.Label(svg, idPrefix, series.Title, series.Description(text));
    }

    // The table alternative: the rows a screen reader or the board's "show as table" gives instead of the chart.
    public static ChartTable Table(MonitoringIndicator indicator, Language language = Language.Dutch) =>
        Series(indicator).Table(MonitoringText.For(language));

    // The text alternative: the same as the SVG's <desc> and the Word picture's alt text.
    public static string Description(MonitoringIndicator indicator, Language language = Language.Dutch) =>
        Series(indicator).Description(MonitoringText.For(language));

    internal static ChartSeries Series(MonitoringIndicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return ChartSeries.For(MonitoringCleaner.CleanIndicator(indicator));
    }

    private static void CheckSize(int width, int height)
    {
        if (width is < 200 or > 4000 || height is < 150 or > 4000)
        {
            throw new ArgumentOutOfRangeException(nameof(width), $"{width}×{height}", "A chart is between 200×150 and 4000×4000 pixels.");
        }
    }
}
