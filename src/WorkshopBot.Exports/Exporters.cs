using WorkshopBot.Domain.Localization;
using WorkshopBot.Exports.Formatting;
using WorkshopBot.Exports.Model;

namespace WorkshopBot.Exports;

// The one entry point the host needs: format in, bytes + content type + a safe file name out.
// Pure: no clock (the date comes from ExportDocument.GeneratedAt), no disk, no state.
public static class Exporters
{
    public static ExportFile Render(ExportFormat format, ExportDocument document, Language language = Language.Dutch)
    {
        ArgumentNullException.ThrowIfNull(document);
        var labels = ExportLabels.For(language);
        return format switch
        {
            ExportFormat.Docx => new ExportFile(
                WordFactsheetExporter.Render(document, language),
                WordFactsheetExporter.ContentType,
                FileName(labels.FactsheetFilePrefix, document, language, "docx")),
            ExportFormat.Xlsx => new ExportFile(
                ExcelIndicatorRegisterExporter.Render(document, language),
                ExcelIndicatorRegisterExporter.ContentType,
                FileName(labels.RegisterFilePrefix, document, language, "xlsx")),
            ExportFormat.Markdown => new ExportFile(
                MarkdownExporter.Render(document, language),
                MarkdownExporter.ContentType,
                FileName(labels.FactsheetFilePrefix, document, language, "md")),
            ExportFormat.Csv => new ExportFile(
                CsvExporter.Render(document, language),
                CsvExporter.ContentType,
                FileName(labels.RegisterFilePrefix, document, language, "csv")),
            ExportFormat.Json => new ExportFile(
                JsonExporter.Render(document),
                JsonExporter.ContentType,
                FileName(labels.ExportFilePrefix, document, language, "json")),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format."),
        };
    }

    private static string FileName(string prefix, ExportDocument document, Language language, string extension) =>
        FileNames.Suggest(prefix, DocumentCleaner.Clean(document), language, extension);
}
