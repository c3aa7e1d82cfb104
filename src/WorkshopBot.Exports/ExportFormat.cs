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

    // What a person types (the CLI's `export word`): the extension, or the format's everyday name.
    public static ExportFormat? FromName(string name) =>
        FromExtension(name) ?? name.ToLowerInvariant() switch
        {
            "word" => ExportFormat.Docx,
            "excel" => ExportFormat.Xlsx,
            "markdown" => ExportFormat.Markdown,
            _ => null,
        };
}
