using System.Globalization;
using System.Xml.Linq;
using SkiaSharp;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Exports.Charts;
using WorkshopBot.Exports.Model;
using Xunit;

namespace WorkshopBot.Exports.Tests.Monitoring;

public sealed class IndicatorChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void RenderSvg_Tellen_StartsWithTitleAndDescThatNameEveryPoint()
    {
        var svg = XDocument.Parse(IndicatorChart.RenderSvg(SampleMonitoring.Eenzaamheid(), idPrefix: "I1"));

        var root = svg.Root!;
        Assert.Equal("img", root.Attribute("role")?.Value);
        var children = root.Elements().Take(2).ToArray();
        Assert.Equal(Svg + "title", children[0].Name);
        Assert.Equal(Svg + "desc", children[1].Name);
        Assert.Equal($"{children[0].Attribute("id")!.Value} {children[1].Attribute("id")!.Value}", root.Attribute("aria-labelledby")?.Value);
        Assert.Equal("Percentage 75-plussers dat zich eenzaam voelt", children[0].Value);
        Assert.Equal(
            "Percentage 75-plussers dat zich eenzaam voelt: nulmeting 42; 2026 Q1: 40; 2026 Q2: 38; 2026 Q3: 36,5; streefwaarde 30. lager is beter.",
            children[1].Value);
    }

    [Fact]
    public void RenderSvg_Tellen_PlotsTheMeasurementsInPeriodOrderOnOneScaleWithBaselineAndTarget()
    {
        var svg = XDocument.Parse(IndicatorChart.RenderSvg(SampleMonitoring.Eenzaamheid()));

        // The plotted series: the group whose measurement-coloured line runs through all three points (the
        // legend's sample line has two).
        var series = svg.Descendants(Svg + "g").Single(g => g.Elements(Svg + "path").Any(p =>
            p.Attribute("stroke")?.Value == "#1F4E79" && p.Attribute("d")!.Value.Count(c => c == 'L') == 2));
        var points = series.Elements(Svg + "ellipse").Select(e => (X: Number(e, "cx"), Y: Number(e, "cy"))).ToArray();
        Assert.Equal(3, points.Length);

        // Periods left to right at equal steps, Q1 (40), Q2 (190/500 = 38), Q3 (36.5) however they were given.
        Assert.True(points[0].X < points[1].X && points[1].X < points[2].X);
        Assert.Equal(points[1].X - points[0].X, points[2].X - points[1].X, 1);
        var pixelsPerUnit = (points[1].Y - points[0].Y) / (38 - 40.0);
        Assert.True(pixelsPerUnit < 0, "A higher value is drawn higher up (smaller y).");
        Assert.Equal(points[0].Y + (pixelsPerUnit * (36.5 - 40)), points[2].Y, 1);

        // The baseline (42) left of the first period on the same scale; the target (30) as a line on it too.
        var baseline = svg.Descendants(Svg + "rect").First(r => r.Attribute("fill")?.Value == "#7F7F7F");
        Assert.True(Number(baseline, "x") < points[0].X);
        Assert.Equal(points[0].Y + (pixelsPerUnit * (42 - 40)), Number(baseline, "y") + (Number(baseline, "height") / 2), 1);
        var target = svg.Descendants(Svg + "path").First(p => p.Attribute("fill")?.Value == "#2E7D32");
        var targetYs = target.Attribute("d")!.Value.Split('M', 'L').Where(s => s.Length > 0)
            .Select(pair => double.Parse(pair.Trim().Split(' ')[1], CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(points[0].Y + (pixelsPerUnit * (30 - 40)), targetYs.Average(), 1);
    }

    [Fact]
    public void RenderSvg_HostileName_StaysTextAndTheSvgStaysWellFormed()
    {
        var indicator = SampleMonitoring.Eenzaamheid() with { Name = "<script>alert(1)</script> & \u0001", Id = "x\"><script>" };

        var markup = IndicatorChart.RenderSvg(indicator, idPrefix: "x\"><script>");

        Assert.DoesNotContain("<script>", markup, StringComparison.Ordinal);
        var root = XDocument.Parse(markup).Root!;
        Assert.Equal("<script>alert(1)</script> & ", root.Element(Svg + "title")!.Value);
        Assert.Empty(root.Descendants(Svg + "script"));
        Assert.Matches("^c-x___script_-title$", root.Element(Svg + "title")!.Attribute("id")!.Value);
    }

    [Theory]
    [InlineData(800, 450)]
    [InlineData(1200, 600)]
    public void RenderPng_DecodesAtTheAskedSize(int width, int height)
    {
        var png = IndicatorChart.RenderPng(SampleMonitoring.Eenzaamheid(), width: width, height: height);

        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal(width, bitmap.Width);
        Assert.Equal(height, bitmap.Height);

        // Something is drawn in the measurement colour, not only an empty canvas.
        var measurementPixels = 0;
        for (var y = 0; y < bitmap.Height; y += 2)
        {
            for (var x = 0; x < bitmap.Width; x += 2)
            {
                var pixel = bitmap.GetPixel(x, y);
                if (pixel.Red == 0x1F && pixel.Green == 0x4E && pixel.Blue == 0x79)
                {
                    measurementPixels++;
                }
            }
        }

        Assert.True(measurementPixels > 50, $"only {measurementPixels} pixels in the measurement colour");
    }

    [Fact]
    public void Table_Tellen_ListsBaselineMeasurementsAndTargetInOrder()
    {
        var table = IndicatorChart.Table(SampleMonitoring.Eenzaamheid());

        Assert.Equal(["Periode", "Soort", "Waarde"], table.Header);
        Assert.Equal(
            [
                new ChartTableRow("Nulmeting", "Nulmeting", "42"),
                new ChartTableRow("2026 Q1", "Meting", "40"),
                new ChartTableRow("2026 Q2", "Meting", "38"),
                new ChartTableRow("2026 Q3", "Meting", "36,5"),
                new ChartTableRow("Streefwaarde", "Streefwaarde", "30"),
            ],
            table.Rows);
    }

    [Fact]
    public void Table_InEnglish_UsesEnglishLabelsAndDecimalPoint()
    {
        var table = IndicatorChart.Table(SampleMonitoring.Eenzaamheid(), Language.English);

        Assert.Equal(["Period", "Kind", "Value"], table.Header);
        Assert.Equal(new ChartTableRow("2026 Q3", "Measurement", "36.5"), table.Rows[3]);
        Assert.Contains("higher is better", IndicatorChart.Description(SampleMonitoring.NiceToKnow(), Language.English));
    }

    [Fact]
    public void Vertellen_CountsStoriesPerPeriodInTimeOrder()
    {
        var indicator = SampleMonitoring.Verhalen();

        var table = IndicatorChart.Table(indicator);
        var svg = XDocument.Parse(IndicatorChart.RenderSvg(indicator));

        Assert.Equal([new ChartTableRow("2026 Q1", "Aantal verhalen", "1"), new ChartTableRow("2026 Q2", "Aantal verhalen", "2")], table.Rows);
        Assert.Equal(
            "Ervaringen van ouderen met de ontmoetingsplekken, aantal verhalen per periode: 2026 Q1: 1; 2026 Q2: 2.",
            svg.Root!.Element(Svg + "desc")!.Value);

        // Two bars in the story colour, the second twice as high as the first.
        var bars = svg.Descendants(Svg + "rect").Where(r => r.Attribute("fill")?.Value == "#2E74B5").Select(r => Number(r, "height")).ToArray();
        Assert.Equal(2, bars.Length);
        Assert.Equal(bars[0] * 2, bars[1], 1);
    }

    [Fact]
    public void Render_IndicatorWithoutData_SaysSoInsteadOfFailing()
    {
        var empty = SampleMonitoring.Eenzaamheid() with { Baseline = null, Target = null, Measurements = [] };

        var svg = XDocument.Parse(IndicatorChart.RenderSvg(empty));
        using var bitmap = SKBitmap.Decode(IndicatorChart.RenderPng(empty));

        Assert.Contains("nog geen gegevens", svg.Root!.Element(Svg + "desc")!.Value);
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value.Contains("nog geen gegevens", StringComparison.Ordinal));
        Assert.Equal(IndicatorChart.DefaultWidth, bitmap.Width);
        Assert.Empty(IndicatorChart.Table(empty).Rows);
    }

    [Fact]
    public void Render_TinySize_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => IndicatorChart.RenderPng(SampleMonitoring.Eenzaamheid(), width: 10, height: 10));
    }

    private static double Number(XElement element, string attribute) =>
        double.Parse(element.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);
}
