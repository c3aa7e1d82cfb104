namespace WorkshopBot.Cards.Views;

public enum KnowPriority
{
    NeedToKnow,
    NiceToKnow,
}
