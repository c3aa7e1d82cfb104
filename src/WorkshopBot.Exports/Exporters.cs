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
        var text = ExportText.For(language);
        var (content, contentType, prefix, extension) = format switch
        {
            ExportFormat.Docx => (WordFactsheetExporter.Render(document, language), WordFactsheetExporter.ContentType, text.FactsheetFilePrefix, "docx"),
            ExportFormat.Xlsx => (ExcelIndicatorRegisterExporter.Render(document, language), ExcelIndicatorRegisterExporter.ContentType, text.RegisterFilePrefix, "xlsx"),
            ExportFormat.Markdown => (MarkdownExporter.Render(document, language), MarkdownExporter.ContentType, text.FactsheetFilePrefix, "md"),
            ExportFormat.Csv => (CsvExporter.Render(document, language), CsvExporter.ContentType, text.RegisterFilePrefix, "csv"),
            ExportFormat.Json => (JsonExporter.Render(document), JsonExporter.ContentType, text.ExportFilePrefix, "json"),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format."),
        };
        return new ExportFile(content, contentType, FileNames.Suggest(prefix, DocumentCleaner.Clean(document), text, extension));
    }

    // The monitoring exports of step 6: the Word report, the Excel and CSV time series, and JSON. Markdown
    // has no monitoring variant (the board shows the same overview).
    public static ExportFile RenderMonitoring(ExportFormat format, MonitoringDocument document, Language language = Language.Dutch)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = MonitoringText.For(language);
        var (content, contentType, prefix, extension) = format switch
        {
            ExportFormat.Docx => (MonitoringReportExporter.Render(document, language), MonitoringReportExporter.ContentType, text.ReportFilePrefix, "docx"),
            ExportFormat.Xlsx => (ExcelTimeSeriesExporter.Render(document, language), ExcelTimeSeriesExporter.ContentType, text.TimeSeriesFilePrefix, "xlsx"),
            ExportFormat.Csv => (MonitoringCsvExporter.Render(document, language), MonitoringCsvExporter.ContentType, text.TimeSeriesFilePrefix, "csv"),
            ExportFormat.Json => (MonitoringJsonExporter.Render(document), MonitoringJsonExporter.ContentType, text.ReportFilePrefix, "json"),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "The monitoring exports are Word, Excel, CSV and JSON."),
        };
        return new ExportFile(content, contentType, FileNames.Suggest(prefix, MonitoringCleaner.Clean(document), text, extension));
    }
}
