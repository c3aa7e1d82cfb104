using CsvHelper;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Exports.Formatting;
using WorkshopBot.Exports.Model;

namespace WorkshopBot.Exports;

// The indicator register as CSV (same columns as the Excel register). Separator ';' by default because
// Excel with Dutch regional settings uses the comma as decimal separator and expects ';' between fields;
// ',' on request for English settings. UTF-8 with BOM because without it Excel reads "één" as mojibake.
// CsvHelper writes RFC 4180 (CRLF record ends, quotes doubled, fields with the separator, " CR or LF
// quoted); this class adds what RFC 4180 does not cover: formula injection (SafeText.NeutraliseCsvFormula)
// and quoting fields that hold either list separator, so a file opened with the other one keeps more cells whole.
public static class CsvExporter
{
    public const string ContentType = "text/csv; charset=utf-8";
    public const char Separator = ';';
    public const char CommaSeparator = ',';

    public static byte[] Render(ExportDocument document, Language language = Language.Dutch, char separator = Separator)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (separator is not (Separator or CommaSeparator))
        {
            throw new ArgumentOutOfRangeException(nameof(separator), separator, "The register is written with ';' or ','.");
        }

        var clean = DocumentCleaner.Clean(document);
        var text = ExportText.For(language);
        return Write(separator, IndicatorRegister.Header(text), IndicatorRegister.Rows(clean, text));
    }

    // Every CSV the exports write (the register, the monitoring time series) goes through here, so quoting,
    // the byte order mark and formula neutralisation are the same in each.
    internal static byte[] Write(char separator, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var stream = new MemoryStream();
        using (var writer = CsvWriter.Create(stream, Options(separator), leaveOpen: true))
        {
            WriteRecord(writer, header);
            foreach (var row in rows)
            {
                WriteRecord(writer, row);
            }
        }

        return stream.ToArray();
    }

    private static CsvWriterOptions Options(char separator) => CsvWriterOptions.Default with
    {
        Separator = separator,
        // Leading and trailing spaces are quoted too, so readers that trim unquoted fields keep them.
        Quoting = CsvQuoting.WhenNeededOrWhitespace,
        ShouldQuote = HoldsListSeparator,
        WriteByteOrderMark = true,
    };

    private static bool HoldsListSeparator(ReadOnlySpan<char> field, Type fieldType, int fieldIndex, long recordIndex) =>
        field.IndexOfAny(',', ';') >= 0;

    private static void WriteRecord(CsvWriter writer, IReadOnlyList<string> fields) =>
        writer.WriteRecord([.. fields.Select(SafeText.NeutraliseCsvFormula)]);
}
