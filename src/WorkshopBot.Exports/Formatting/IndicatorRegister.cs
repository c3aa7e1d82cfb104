using WorkshopBot.Exports.Model;

namespace WorkshopBot.Exports.Formatting;

// The definition-sheet columns shared by the Excel and CSV register, in the order a reader scans them.
// Column names and help texts come from ExportText; only width and value live here.
internal static class IndicatorRegister
{
    private static readonly RegisterColumn[] All =
    [
        new(t => t.ColumnNumber, 7, (_, i, _) => i.Number),
        new(t => t.ColumnName, 34, (_, i, _) => i.Name),
        new(t => t.ColumnDefinition, 48, (_, i, _) => i.Definition),
        new(t => t.ColumnNumerator, 30, (_, i, _) => i.Numerator),
        new(t => t.ColumnDenominator, 26, (_, i, _) => i.DenominatorOrUnit),
        new(t => t.ColumnMeasure, 15, (l, i, _) => l.Of(i.Measure)),
        new(t => t.ColumnType, 12, (l, i, _) => l.Of(i.Type)),
        new(t => t.ColumnDataSource, 30, (_, i, _) => i.DataSource),
        new(t => t.ColumnExistingRegistration, 22, (l, i, _) => l.Of(i.ExistingRegistration)),
        new(t => t.ColumnOwner, 24, (_, i, _) => i.OwnerOrganisation),
        new(t => t.ColumnFrequency, 14, (_, i, _) => i.Frequency),
        new(t => t.ColumnBaseline, 16, (_, i, _) => i.Baseline),
        new(t => t.ColumnTarget, 16, (_, i, _) => i.Target),
        new(t => t.ColumnDirection, 14, (l, i, _) => l.Of(i.Direction)),
        new(t => t.ColumnNeed, 18, (l, i, _) => l.Of(i.Priority)),
        new(t => t.ColumnResultId, 10, (_, _, r) => r?.Number ?? string.Empty),
        new(t => t.ColumnLinkedResult, 50, (_, _, r) => r?.Statement ?? string.Empty),

        // The vertellen sheet last, so the tellen columns keep their places in existing spreadsheets.
        new(t => t.ColumnStoriesAbout, 34, (_, i, _) => i.StoriesAbout),
        new(t => t.ColumnStoriesFrom, 24, (_, i, _) => i.StoriesFrom),
        new(t => t.ColumnCollectionMethod, 24, (_, i, _) => i.CollectionMethod),
        new(t => t.ColumnStoriesUse, 34, (_, i, _) => i.StoriesUse),

        // Last again: a parked indicator stays in the register, marked as such.
        new(t => t.ColumnStatus, 14, (l, i, _) => l.Of(i.Status)),
    ];

    public static int ColumnCount => All.Length;

    public static IReadOnlyList<string> Header(ExportText text) => All.Select(c => c.Text(text).Header).ToArray();

    public static IReadOnlyList<string> Descriptions(ExportText text) => All.Select(c => c.Text(text).Help).ToArray();

    public static IReadOnlyList<double> Widths => All.Select(c => c.Width).ToArray();

    // Rows in document order; the caller neutralises cells for its own format.
    public static IReadOnlyList<IReadOnlyList<string>> Rows(ExportDocument document, ExportText text)
    {
        var results = document.Results
            .GroupBy(r => r.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return document.Indicators
            .Select(i =>
            {
                var result = i.ResultId is not null && results.TryGetValue(i.ResultId, out var r) ? r : null;
                return (IReadOnlyList<string>)All.Select(c => c.Value(text, i, result)).ToArray();
            })
            .ToArray();
    }

    private sealed record RegisterColumn(
        Func<ExportText, ColumnText> Text,
        double Width,
        Func<ExportText, ExportIndicator, ExportResult?, string> Value);
}
