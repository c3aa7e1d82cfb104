using WorkshopBot.Domain.Items;
using WorkshopBot.Exports.Formatting;
using WorkshopBot.Exports.Model;

namespace WorkshopBot.Exports.Charts;

// What one indicator's chart shows, worked out once for the image, the SVG text alternative and the table.
// Tellen: the baseline at x = 0, the measurements with a value at x = 1…n in period order, the target as a
// line. Vertellen: the number of stories per period, periods in time order.
internal sealed record ChartSeries(
    string Title,
    bool IsStoryCount,
    double? Baseline,
    double? Target,
    IndicatorDirection? Direction,
    IReadOnlyList<string> PeriodLabels,
    IReadOnlyList<double> Values)
{
    public const int TitleLength = 80;

    public bool IsEmpty => Values.Count == 0 && Baseline is null && Target is null;

    // Measurement positions on the x axis: right of the baseline when there is one.
    public int FirstPosition => Baseline is null ? 0 : 1;

    public static ChartSeries For(MonitoringIndicator indicator)
    {
        var title = indicator.Name.Length > TitleLength ? indicator.Name[..(TitleLength - 1)].TrimEnd() + "…" : indicator.Name;
        if (indicator.Kind == IndicatorKind.Vertellen)
        {
            var periods = indicator.Stories
                .GroupBy(s => s.PeriodLabel, StringComparer.Ordinal)
                .OrderBy(g => g.Min(s => s.PeriodStart))
                .ToArray();
            return new ChartSeries(title, true, null, null, null, [.. periods.Select(p => p.Key)], [.. periods.Select(p => (double)p.Count())]);
        }

        var measured = indicator.MeasurementsInOrder.Where(m => m.EffectiveValue is not null).ToArray();
        return new ChartSeries(
            title,
            false,
            indicator.Baseline,
            indicator.Target,
            indicator.Direction,
            [.. measured.Select(m => m.PeriodLabel)],
            [.. measured.Select(m => m.EffectiveValue!.Value)]);
    }

    public ChartTable Table(MonitoringText text)
    {
        if (IsStoryCount)
        {
            return new ChartTable(
                [text.Period, text.StoryCount],
                [.. PeriodLabels.Select((p, i) => new ChartTableRow(p, text.StoryCount, text.Number(Values[i])))]);
        }

        var rows = new List<ChartTableRow>();
        if (Baseline is { } baseline)
        {
            rows.Add(new ChartTableRow(text.Baseline, text.Baseline, text.Number(baseline)));
        }

        rows.AddRange(PeriodLabels.Select((p, i) => new ChartTableRow(p, text.Measurement, text.Number(Values[i]))));
        if (Target is { } target)
        {
            rows.Add(new ChartTableRow(text.Target, text.Target, text.Number(target)));
        }

        return new ChartTable([text.Period, text.Kind, text.Value], rows);
    }

    // The SVG's <desc> and the Word picture's alt text: every point in words, and the direction.
    public string Description(MonitoringText text)
    {
        if (IsStoryCount)
        {
            var counts = Values.Count == 0 ? text.NoDataYet : string.Join("; ", PeriodLabels.Select((p, i) => $"{p}: {text.Number(Values[i])}"));
            return text.Fill(text.StoryChartDescription, Title, counts);
        }

        var points = Table(text).Rows.Select(r => r.Kind == text.Measurement ? $"{r.Period}: {r.Value}" : $"{r.Kind.ToLowerInvariant()} {r.Value}").ToArray();
        return text.Fill(text.ChartDescription, Title, points.Length == 0 ? text.NoDataYet : string.Join("; ", points), text.Of(Direction));
    }
}
