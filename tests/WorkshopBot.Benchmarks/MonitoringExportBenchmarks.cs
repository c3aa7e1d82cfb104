using BenchmarkDotNet.Attributes;
using WorkshopBot.Domain.Items;
using WorkshopBot.Exports;
using WorkshopBot.Exports.Charts;
using WorkshopBot.Exports.Model;

namespace WorkshopBot.Benchmarks;

/// <summary>
/// Step 6 (issue 17): one indicator chart as PNG (chat) and SVG (board), target &lt; 50 ms each; the Word
/// monitoring report for 20 indicators × 8 periods with a chart per indicator, target &lt; 2 s; and the Excel
/// time series of the same data. Run: <c>--filter '*MonitoringExport*' --job short --inProcess</c>.
/// </summary>
[MemoryDiagnoser]
public class MonitoringExportBenchmarks
{
    private const int Periods = 8;

    private readonly MonitoringIndicator indicator = Indicator(1, IndicatorKind.Tellen);
    private readonly MonitoringDocument document = Document(results: 10, indicatorsPerResult: 2);

    [GlobalSetup]
    public void Warm()
    {
        // The first chart loads the embedded font and SkiaSharp's native library; that is start-up, not per chart.
        IndicatorChart.RenderPng(indicator);
        IndicatorChart.RenderSvg(indicator);
    }

    [Benchmark]
    public byte[] ChartPng() => IndicatorChart.RenderPng(indicator);

    [Benchmark]
    public string ChartSvg() => IndicatorChart.RenderSvg(indicator);

    [Benchmark]
    public byte[] WordReport_20Indicators_8Periods() => MonitoringReportExporter.Render(document);

    [Benchmark]
    public byte[] ExcelTimeSeries_20Indicators_8Periods() => ExcelTimeSeriesExporter.Render(document);

    // Console mode "monitoring [runs]": wall-clock median and CPU time per operation. On this shared 2-core
    // machine BenchmarkDotNet's wall times mostly measure the other builds; the process's CPU time per
    // operation is what the work itself costs (single-threaded code, so CPU ≈ wall time on an idle core).
    public static int RunCpu(string[] args, TextWriter output)
    {
        var runs = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 20;
        var benchmarks = new MonitoringExportBenchmarks();
        benchmarks.Warm();
        output.WriteLine($"{"operation",-40} {"runs",5} {"wall p50 ms",12} {"CPU ms/op",10}");
        Measure("chart PNG 800×450", runs, () => benchmarks.ChartPng());
        Measure("chart SVG 800×450", runs, () => benchmarks.ChartSvg());
        Measure("Word report, 20 indicators × 8 periods", Math.Max(3, runs / 5), () => benchmarks.WordReport_20Indicators_8Periods());
        Measure("Excel time series, 20 × 8", runs, () => benchmarks.ExcelTimeSeries_20Indicators_8Periods());
        return 0;

        void Measure(string name, int count, Func<object> operation)
        {
            operation();
            var walls = new double[count];
            var process = System.Diagnostics.Process.GetCurrentProcess();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            for (var i = 0; i < count; i++)
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                operation();
                walls[i] = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }

            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / count;
            Array.Sort(walls);
            output.WriteLine($"{name,-40} {count,5} {walls[count / 2],12:F1} {cpu,10:F1}");
        }
    }

    // Every fourth indicator is vertellen with three stories per period; the rest are quarterly measurements.
    private static MonitoringDocument Document(int results, int indicatorsPerResult) => new(
        "Monitoring werkgroep Eenzaamheid onder ouderen",
        "Neder-Betuwe",
        "Sociaal domein 2026",
        "Eenzaamheid onder ouderen",
        new DateTimeOffset(2026, 11, 22, 23, 30, 0, TimeSpan.Zero),
        [
            .. Enumerable.Range(1, results).Select(r => new MonitoringResult(
                $"R{r}",
                $"Minder ouderen in kern {r} voelen zich eenzaam en weten de weg naar hulp",
                [.. Enumerable.Range(1, indicatorsPerResult).Select(i =>
                {
                    var number = ((r - 1) * indicatorsPerResult) + i;
                    return Indicator(number, number % 4 == 0 ? IndicatorKind.Vertellen : IndicatorKind.Tellen);
                })])),
        ],
        [
            .. Enumerable.Range(1, 4).Select(q => new MonitoringReflection(
                new DateOnly(2025, q * 3, 15),
                "De cijfers dalen langzaam; de verhalen gaan vooral over ontmoeting en vervoer.",
                "De koffieochtenden werken, maar wie niet mobiel is blijft buiten beeld.",
                "Vervoer regelen en huisartsen vragen om door te verwijzen.")),
        ],
        [
            .. Enumerable.Range(1, 10).Select(a => new MonitoringImprovementAction(
                $"Verbeteractie {a}: vrijwillige chauffeurs werven voor kern {a}",
                "Koffieochtend dorpshuis",
                "Welzijn Neder-Betuwe",
                new DateOnly(2026, 12, 1),
                (ImprovementActionStatus)(a % 3))),
        ]);

    private static MonitoringIndicator Indicator(int number, IndicatorKind kind)
    {
        var starts = Enumerable.Range(0, Periods).Select(p => new DateOnly(2025 + (p / 4), ((p % 4) * 3) + 1, 1)).ToArray();
        return new MonitoringIndicator(
            $"I{number}",
            kind == IndicatorKind.Tellen ? $"Percentage 75-plussers dat zich eenzaam voelt (meetpunt {number})" : $"Ervaringen met ontmoetingsplekken (meetpunt {number})",
            kind,
            kind == IndicatorKind.Tellen ? "%" : "verhalen",
            kind == IndicatorKind.Tellen ? 42 : null,
            kind == IndicatorKind.Tellen ? 30 : null,
            kind == IndicatorKind.Tellen ? IndicatorDirection.Down : null,
            "per kwartaal",
            number % 3 == 0 ? InformationNeed.NiceToKnow : InformationNeed.NeedToKnow,
            "GGD Gelderland-Zuid",
            kind == IndicatorKind.Vertellen ? [] :
            [
                .. starts.Select((start, p) => new MonitoringMeasurement(
                    $"{start.Year} Q{(p % 4) + 1}", start, start.AddMonths(3).AddDays(-1), 41 - (p * 1.3) + (number % 3), null, null,
                    "Seniorenpanel", p % 3 == 0 ? "Na correctie van de noemer" : "", p % 5 == 0 ? 1 : 0)),
            ],
            kind == IndicatorKind.Tellen ? [] :
            [
                .. starts.SelectMany((start, p) => Enumerable.Range(0, 3).Select(s => new MonitoringStory(
                    $"{start.Year} Q{(p % 4) + 1}", start, (StoryPerspective)(s % 3), "ontmoeting",
                    "Sinds de koffieochtend in het dorpshuis ken ik mijn buren weer en ga ik elke week.", s != 1))),
            ]);
    }
}
