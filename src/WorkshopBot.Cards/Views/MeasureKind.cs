namespace WorkshopBot.Cards.Views;

// Tellen = counting (numbers), vertellen = telling (stories, experiences).
public enum MeasureKind
{
    Tellen,
    Vertellen,
}
