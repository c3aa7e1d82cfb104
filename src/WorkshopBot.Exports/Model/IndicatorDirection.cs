namespace WorkshopBot.Exports.Model;

public enum IndicatorDirection
{
    Unspecified,
    Increase,
    Decrease,
    Maintain,
}
