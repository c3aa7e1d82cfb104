namespace WorkshopBot.Exports;

public enum ExportFormat
{
    Docx,
    Xlsx,
    Markdown,
    Csv,
    Json,
}
