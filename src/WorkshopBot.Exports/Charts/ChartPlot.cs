using ScottPlot;
using ScottPlot.TickGenerators;
using WorkshopBot.Domain.Items;
using WorkshopBot.Exports.Formatting;

namespace WorkshopBot.Exports.Charts;

// Builds the ScottPlot plot for one ChartSeries. Colours are the house accents of the Word export, and the
// measurement colour is also how tests find the measurement points in the SVG.
internal static class ChartPlot
{
    public const string MeasurementColour = "#1F4E79";
    public const string BaselineColour = "#7F7F7F";
    public const string TargetColour = "#2E7D32";
    public const string StoryColour = "#2E74B5";

    public static Plot Build(ChartSeries series, MonitoringText text)
    {
        ChartFonts.EnsureRegistered();
        var plot = new Plot();
        plot.Font.Set(ChartFonts.Family);
        plot.Title(series.Title);
        plot.Axes.Title.Label.FontName = ChartFonts.Family;

        if (series.IsStoryCount)
        {
            StoryBars(plot, series, text);
        }
        else
        {
            Measurements(plot, series, text);
        }

        plot.Legend.FontName = ChartFonts.Family;
        plot.Axes.Bottom.TickLabelStyle.FontName = ChartFonts.Family;
        plot.Axes.Left.TickLabelStyle.FontName = ChartFonts.Family;
        return plot;
    }

    private static void Measurements(Plot plot, ChartSeries series, MonitoringText text)
    {
        var positions = new List<double>();
        var labels = new List<string>();
        if (series.Baseline is { } baseline)
        {
            var marker = plot.Add.Scatter(new double[] { 0 }, new[] { baseline }, Color.FromHex(BaselineColour));
            marker.MarkerShape = MarkerShape.FilledSquare;
            marker.MarkerSize = 9;
            marker.LegendText = $"{text.Baseline} {text.Number(baseline)}";
            positions.Add(0);
            labels.Add(text.Baseline);
        }

        if (series.Values.Count > 0)
        {
            var xs = series.Values.Select((_, i) => (double)(series.FirstPosition + i)).ToArray();
            var line = plot.Add.Scatter(xs, [.. series.Values], Color.FromHex(MeasurementColour));
            line.LineWidth = 2;
            line.MarkerShape = MarkerShape.FilledCircle;
            line.MarkerSize = 7;
            line.LegendText = text.Measurement;
            positions.AddRange(xs);
            labels.AddRange(series.PeriodLabels);

            if (series.Baseline is { } start)
            {
                // Baseline → first measurement, dotted: the path from the starting point into the series.
                var link = plot.Add.Scatter(new double[] { 0, xs[0] }, new[] { start, series.Values[0] }, Color.FromHex(BaselineColour));
                link.LinePattern = LinePattern.Dotted;
                link.MarkerSize = 0;
            }
        }

        if (series.Target is { } target)
        {
            var goal = plot.Add.HorizontalLine(target, 2, Color.FromHex(TargetColour), LinePattern.Dashed);
            goal.LegendText = $"{text.Target} {text.Number(target)} ({text.Of(series.Direction)})";
        }

        if (series.IsEmpty)
        {
            NoData(plot, text);
            return;
        }

        plot.Axes.Bottom.TickGenerator = new NumericManual([.. positions], [.. labels]);
        plot.Axes.Left.Label.Text = series.Direction switch
        {
            IndicatorDirection.Up => $"↑ {text.HigherIsBetter}",
            IndicatorDirection.Down => $"↓ {text.LowerIsBetter}",
            _ => string.Empty,
        };
        plot.Axes.Left.Label.FontName = ChartFonts.Family;
        plot.Axes.Margins(0.08, 0.15);
        if (positions.Count == 0)
        {
            plot.Axes.SetLimitsX(-1, 1);
        }

        // Below the plot, so the legend never hides a point whatever the direction of the series.
        plot.ShowLegend(Edge.Bottom);
        plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = v => text.Number(v) };
    }

    private static void StoryBars(Plot plot, ChartSeries series, MonitoringText text)
    {
        if (series.Values.Count == 0)
        {
            NoData(plot, text);
            return;
        }

        var bars = plot.Add.Bars(series.Values.ToArray());
        foreach (var bar in bars.Bars)
        {
            bar.FillColor = Color.FromHex(StoryColour);
            bar.Label = text.Number(bar.Value);
        }

        bars.ValueLabelStyle.FontName = ChartFonts.Family;
        plot.Axes.Bottom.TickGenerator = new NumericManual(
            [.. series.Values.Select((_, i) => (double)i)],
            [.. series.PeriodLabels]);
        plot.Axes.Left.TickGenerator = new NumericAutomatic { IntegerTicksOnly = true, LabelFormatter = v => text.Number(v) };
        plot.Axes.Left.Label.Text = text.StoryCount;
        plot.Axes.Left.Label.FontName = ChartFonts.Family;
        plot.Axes.Margins(bottom: 0, top: 0.2);
    }

    private static void NoData(Plot plot, MonitoringText text)
    {
        var note = plot.Add.Text(text.NoDataYet, 0, 0);
        note.LabelFontName = ChartFonts.Family;
        note.LabelFontSize = 16;
        note.LabelAlignment = Alignment.MiddleCenter;
        plot.Axes.SetLimits(-1, 1, -1, 1);
        plot.HideGrid();
        plot.Axes.Left.TickGenerator = new NumericManual();
        plot.Axes.Bottom.TickGenerator = new NumericManual();
    }
}
