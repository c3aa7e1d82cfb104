using System.Text.Json;
using WorkshopBot.Exports.Formatting;
using WorkshopBot.Exports.Json;
using WorkshopBot.Exports.Model;

namespace WorkshopBot.Exports;

// The monitoring data for other tools: the whole MonitoringDocument (results, indicators with their
// measurements and stories, reflections, improvement actions), camelCase, with a schema version, like
// JsonExporter. Stories keep their text and consent flag: the consumer decides about quoting.
public static class MonitoringJsonExporter
{
    public const string ContentType = JsonExporter.ContentType;
    public const int SchemaVersion = 1;

    public static byte[] Render(MonitoringDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var envelope = new MonitoringJsonDocument(SchemaVersion, MonitoringCleaner.Clean(document));
        return JsonSerializer.SerializeToUtf8Bytes(envelope, ExportJsonContext.Default.MonitoringJsonDocument);
    }

    public static MonitoringJsonDocument? Read(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize(json, ExportJsonContext.Default.MonitoringJsonDocument);
}
