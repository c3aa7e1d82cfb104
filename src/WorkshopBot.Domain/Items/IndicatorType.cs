namespace WorkshopBot.Domain.Items;

public enum IndicatorType
{
    Input,
    Proces,
    Output,
    Outcome,
}
