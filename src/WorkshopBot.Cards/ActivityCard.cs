using static WorkshopBot.Cards.Building.Chrome;

namespace WorkshopBot.Cards;

public static class ActivityCard
{
    public static JsonObject Build(ActivityView view, Language language)
    {
        var t = CardText.For(language);
        return ItemFrame.Simple(view, t, t.KindActivity, view.Name,
            [
                string.IsNullOrWhiteSpace(view.Description) ? null : Ac.Text(Esc(view.Description)),
                Field(t.FieldOwner, view.Owner, t),
                Field(t.FieldResult, view.ResultText, t),
            ]);
    }
}
