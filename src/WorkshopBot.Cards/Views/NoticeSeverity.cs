namespace WorkshopBot.Cards.Views;

public enum NoticeSeverity
{
    Info,
    Warning,
    Error,
}
