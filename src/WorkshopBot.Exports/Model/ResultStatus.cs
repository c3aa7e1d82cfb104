namespace WorkshopBot.Exports.Model;

public enum ResultStatus
{
    Concept,
    Vastgesteld,
}
