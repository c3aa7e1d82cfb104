namespace WorkshopBot.Cards.Views;

public enum ItemKind
{
    Result,
    Indicator,
    Activity,
    QualityAgreement,
}
