namespace WorkshopBot.Domain.Items;

// Tellen: a number. Vertellen: a story or experience.
public enum IndicatorKind
{
    Tellen,
    Vertellen,
}
