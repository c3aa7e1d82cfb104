namespace WorkshopBot.Domain.Items;

// Which way is better.
public enum IndicatorDirection
{
    Up,
    Down,
    Stable,
}
