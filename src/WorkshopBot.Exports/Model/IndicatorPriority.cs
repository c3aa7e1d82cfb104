namespace WorkshopBot.Exports.Model;

public enum IndicatorPriority
{
    NeedToKnow,
    NiceToKnow,
}
