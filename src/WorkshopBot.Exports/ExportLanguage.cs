namespace WorkshopBot.Exports;

public enum ExportLanguage
{
    Dutch,
    English,
}
