namespace WorkshopBot.Domain.Items;

public enum FormalItemKind
{
    Result,
    Indicator,
    Activity,
    QualityAgreement,
}
