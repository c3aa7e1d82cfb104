using CsvHelper;

namespace WorkshopBot.Exports.Tests;

// Reads an export back with CsvHelper, the library that wrote it, and strictly: the separator is given
// (not detected), nothing is trimmed, and bad quoting or a short record throws.
internal static class CsvRecords
{
    private static readonly char[] SplitAnywhere = [',', ';', '\r', '\n'];

    public static IReadOnlyList<IReadOnlyList<string>> Parse(byte[] content, char separator)
    {
        var options = CsvReaderOptions.Default with
        {
            Separator = separator,
            HasHeader = false,
            TrimWhitespace = false,
            SkipEmptyLines = false,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Throw,
        };
        using var reader = CsvReader.Create(content, options);
        var records = new List<IReadOnlyList<string>>();
        while (reader.Read())
        {
            records.Add(reader.Current.ToArray());
        }

        return records;
    }

    // Every piece of text that a spreadsheet could make a cell of when it ignores our quoting: Excel
    // splits on the list separator of its regional settings (',' or ';') and a quote only counts where it
    // opens a cell, so any ',' ';' or line break can start one. Leading spaces and quotes are dropped.
    public static IEnumerable<string> LooseCells(byte[] content) =>
        Text(content).Split(SplitAnywhere).Select(piece => piece.TrimStart(' ', '"'));

    public static string Text(byte[] content) => new System.Text.UTF8Encoding(false).GetString(content, 3, content.Length - 3);

    public static bool CouldStartFormula(string cell) =>
        cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n' or '\uFF1D' or '\uFF0B' or '\uFF0D' or '\uFF20';
}
