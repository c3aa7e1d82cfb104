namespace WorkshopBot.Cards.Views;

// Concept until a moderator sets it as vastgesteld (agreed).
public enum ItemStatus
{
    Concept,
    Vastgesteld,
}
