using System.Text;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Exports.Formatting;
using WorkshopBot.Exports.Model;

namespace WorkshopBot.Exports;

// The indicator register as CSV (same columns as the Excel register). Separator ';' because Excel
// with Dutch regional settings uses the comma as decimal separator and expects ';' between fields;
// UTF-8 with BOM because without it Excel reads "één" as mojibake. Quoting follows RFC 4180
// (CRLF record ends, quotes doubled, fields with ; " CR or LF quoted).
public static class CsvExporter
{
    public const string ContentType = "text/csv; charset=utf-8";
    public const char Separator = ';';

    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public static byte[] Render(ExportDocument document, Language language = Language.Dutch)
    {
        ArgumentNullException.ThrowIfNull(document);
        var clean = DocumentCleaner.Clean(document);
        var text = ExportText.For(language);
        var builder = new StringBuilder();
        AppendRecord(builder, IndicatorRegister.Header(text));
        foreach (var row in IndicatorRegister.Rows(clean, text))
        {
            AppendRecord(builder, row);
        }

        var preamble = Utf8WithBom.GetPreamble();
        var body = Utf8WithBom.GetBytes(builder.ToString());
        return [.. preamble, .. body];
    }

    private static void AppendRecord(StringBuilder builder, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(Separator);
            }

            AppendField(builder, SafeText.NeutraliseFormula(fields[i]));
        }

        builder.Append("\r\n");
    }

    private static void AppendField(StringBuilder builder, string value)
    {
        var needsQuotes = value.AsSpan().IndexOfAny(";\"\r\n") >= 0
            || (value.Length > 0 && (value[0] == ' ' || value[^1] == ' '));
        if (!needsQuotes)
        {
            builder.Append(value);
            return;
        }

        builder.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
