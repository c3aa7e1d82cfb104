using WorkshopBot.Exports.Model;

namespace WorkshopBot.Exports.Formatting;

// The time series as one table, shared by the Excel and CSV exports: one row per measurement, in result,
// indicator and period order, with the indicator's definition repeated on each row so a filter or pivot on
// any column works. Cells are string, double? or DateOnly; each format writes them its own way.
internal static class TimeSeriesTable
{
    public static IReadOnlyList<string> Header(MonitoringText text) =>
    [
        text.Common.ColumnResultId.Header,
        text.Common.ColumnNumber.Header,
        text.Common.Indicator,
        text.Common.MeasureColumn,
        text.Unit,
        text.Common.ColumnNeed.Header,
        text.DataOwner,
        text.Frequency,
        text.Baseline,
        text.Target,
        text.Common.ColumnDirection.Header,
        text.Period,
        text.PeriodFrom,
        text.PeriodTo,
        text.Value,
        text.Numerator,
        text.Denominator,
        text.Source,
        text.Note,
        text.Corrections,
    ];

    public static IReadOnlyList<double> Widths { get; } = [10, 8, 40, 14, 12, 14, 24, 14, 11, 11, 22, 14, 12, 12, 10, 10, 10, 24, 40, 10];

    public static IEnumerable<object?[]> Rows(MonitoringDocument document, MonitoringText text) =>
        from result in document.Results
        from indicator in result.Indicators
        from measurement in indicator.MeasurementsInOrder
        select new object?[]
        {
            result.Number,
            indicator.Number,
            indicator.Name,
            text.Common.Of(indicator.Kind),
            indicator.Unit,
            text.Common.Of(indicator.Need),
            indicator.DataOwnerOrganisation,
            indicator.Frequency,
            indicator.Baseline,
            indicator.Target,
            text.Of(indicator.Direction),
            measurement.PeriodLabel,
            measurement.PeriodStart,
            measurement.PeriodEnd,
            measurement.EffectiveValue,
            measurement.Numerator,
            measurement.Denominator,
            measurement.Source,
            measurement.Note,
            (double)measurement.CorrectionCount,
        };

    // A cell as text (CSV): numbers in the language's notation, dates as ISO 8601.
    public static string Text(object? cell, MonitoringText text) => cell switch
    {
        null => string.Empty,
        string value => value,
        double value => text.Number(value),
        DateOnly value => text.Date(value),
        _ => throw new ArgumentOutOfRangeException(nameof(cell), cell.GetType(), "A time series cell is text, a number or a date."),
    };
}
