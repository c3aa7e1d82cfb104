namespace WorkshopBot.Cards.Views;

public enum TargetDirection
{
    Increase,
    Decrease,
    Maintain,
}
