using CsvHelper;
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

    public static byte[] Render(MonitoringDocument document, Language language = Language.Dutch, MonitoringScope scope = MonitoringScope.All, char separator = CsvExporter.Separator)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (separator is not (CsvExporter.Separator or CsvExporter.CommaSeparator))
        {
            throw new ArgumentOutOfRangeException(nameof(separator), separator, "The time series is written with ';' or ','.");
        }

        var clean = MonitoringCleaner.Clean(document).Select(scope);
        var text = MonitoringText.For(language);
        using var stream = new MemoryStream();
        using (var writer = CsvWriter.Create(stream, Options(separator), leaveOpen: true))
        {
            WriteRecord(writer, TimeSeriesTable.Header(text));
            foreach (var row in TimeSeriesTable.Rows(clean, text))
            {
                WriteRecord(writer, [.. row.Select(cell => TimeSeriesTable.Text(cell, text))]);
            }
        }

        return stream.ToArray();
    }

    private static CsvWriterOptions Options(char separator) => CsvWriterOptions.Default with
    {
        Separator = separator,
        Quoting = CsvQuoting.WhenNeededOrWhitespace,
        ShouldQuote = HoldsListSeparator,
        WriteByteOrderMark = true,
    };

    // A Dutch decimal comma in a ','-separated file is quoted too, so the number stays one field.
    private static bool HoldsListSeparator(ReadOnlySpan<char> field, Type fieldType, int fieldIndex, long recordIndex) =>
        field.IndexOfAny(',', ';') >= 0;

    private static void WriteRecord(CsvWriter writer, IReadOnlyList<string> fields) =>
        writer.WriteRecord([.. fields.Select(SafeText.NeutraliseCsvFormula)]);
}
