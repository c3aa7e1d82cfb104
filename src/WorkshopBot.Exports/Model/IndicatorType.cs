namespace WorkshopBot.Exports.Model;

public enum IndicatorType
{
    Input,
    Proces,
    Output,
    Outcome,
}
