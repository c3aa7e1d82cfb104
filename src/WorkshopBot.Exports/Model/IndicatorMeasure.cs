namespace WorkshopBot.Exports.Model;

// Tellen (count) or vertellen (tell a story): the compass's own pair, kept Dutch on purpose.
public enum IndicatorMeasure
{
    Tellen,
    Vertellen,
}
