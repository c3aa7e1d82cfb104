namespace WorkshopBot.Cards.Views;

public enum IndicatorLevel
{
    Input,
    Proces,
    Output,
    Outcome,
}
