using static WorkshopBot.Cards.Building.Chrome;

namespace WorkshopBot.Cards;

public static class QualityAgreementCard
{
    public static JsonObject Build(QualityAgreementView view, Language language)
    {
        var t = CardText.For(language);
        return ItemFrame.Simple(view, t, t.KindQualityAgreement, view.Text,
            [Field(t.FieldOwner, view.Owner, t)]);
    }
}
