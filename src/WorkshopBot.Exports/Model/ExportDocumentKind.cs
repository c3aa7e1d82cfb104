namespace WorkshopBot.Exports.Model;

public enum ExportDocumentKind
{
    Traject,
    Werkgroep,
}
