using System.Text.Json;
using WorkshopBot.Exports.Formatting;
using WorkshopBot.Exports.Json;
using WorkshopBot.Exports.Model;

namespace WorkshopBot.Exports;

// The same data as the other exports, for other tools. Property names and enum values are camelCase;
// text is kept as typed (only XML-invalid control characters are removed, as everywhere), while the
// default encoder still writes < > & ' as \u003C etc. so the file is safe to embed in a web page.
// Language only affects the other formats: JSON carries codes, not labels.
public static class JsonExporter
{
    public const string ContentType = "application/json";
    public const int SchemaVersion = 1;

    public static byte[] Render(ExportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var envelope = new ExportJsonDocument(SchemaVersion, DocumentCleaner.Clean(document));
        return JsonSerializer.SerializeToUtf8Bytes(envelope, ExportJsonContext.Default.ExportJsonDocument);
    }

    public static ExportJsonDocument? Read(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize(json, ExportJsonContext.Default.ExportJsonDocument);
}
