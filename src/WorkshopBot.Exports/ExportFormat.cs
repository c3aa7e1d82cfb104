namespace WorkshopBot.Exports;

public enum ExportFormat
{
    Docx,
    Xlsx,
    Markdown,
    Csv,
    Json,
}

public static class ExportFormats
{
    // The file extension in an export URL (export.docx, monitoring/export.xlsx); null when it is none of ours.
    public static ExportFormat? FromExtension(string extension) =>
        extension.ToLowerInvariant() switch
        {
            "docx" => ExportFormat.Docx,
            "xlsx" => ExportFormat.Xlsx,
            "md" => ExportFormat.Markdown,
            "csv" => ExportFormat.Csv,
            "json" => ExportFormat.Json,
            _ => null,
        };
}
