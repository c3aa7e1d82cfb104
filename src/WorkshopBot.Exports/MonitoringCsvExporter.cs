using WorkshopBot.Domain.Localization;
using WorkshopBot.Exports.Formatting;
using WorkshopBot.Exports.Model;

namespace WorkshopBot.Exports;

// The time series as CSV: the same columns and rows as the Excel time series, written like the register's
// CSV (CsvExporter): ';' by default for Dutch Excel, UTF-8 with BOM, formula injection neutralised in every
// spot a spreadsheet could start a cell. Numbers use the language's decimal separator, dates ISO 8601.
public static class MonitoringCsvExporter
{
    public const string ContentType = CsvExporter.ContentType;

    public static byte[] Render(MonitoringDocument document, Language language = Language.Dutch, char separator = CsvExporter.Separator)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (separator is not (CsvExporter.Separator or CsvExporter.CommaSeparator))
        {
            throw new ArgumentOutOfRangeException(nameof(separator), separator, "The time series is written with ';' or ','.");
        }

        var clean = MonitoringCleaner.Clean(document);
        var text = MonitoringText.For(language);
        return CsvExporter.Write(
            separator,
            TimeSeriesTable.Header(text),
            TimeSeriesTable.Rows(clean, text).Select(row => (IReadOnlyList<string>)[.. row.Select(cell => TimeSeriesTable.Text(cell, text))]));
    }
}
