using System.Text.Json.Nodes;
using WorkshopBot.Cards.Building;
using WorkshopBot.Cards.Localization;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Localization;
using static WorkshopBot.Cards.Building.Chrome;

namespace WorkshopBot.Cards;

public static class QualityAgreementCard
{
    public static JsonObject Build(QualityAgreementView view, Language language)
    {
        var t = CardText.For(language);
        JsonObject Data() => ItemActions.Data(view.WerkgroepId, view.Step, view.ItemId, FormalItemKind.QualityAgreement, view.Version);
        JsonObject RefreshData() => ItemActions.RefreshData(view.WerkgroepId, view.ItemId, FormalItemKind.QualityAgreement);

        var body = new List<JsonNode?>
        {
            Ac.Text(Format(t.ItemHeaderFormat, t.KindQualityAgreement, view.Step), subtle: true, size: "Small"),
            Ac.Heading(Esc(view.Text)),
            Ac.Text(ItemStatus(view.Status, t), color: ItemStatusColor(view.Status), weight: "Bolder", size: "Small", spacing: "None"),
            ProposedBy(view.ProposedBy, t),
            Field(t.FieldOwner, view.Owner, t),
        };

        var actions = ItemActions.Build(t, view.Viewer, view.Status, Data,
            () => ItemForms.QualityAgreement(t, view.Text, view.Owner), view.BoardUrl, view.Audience, RefreshData);
        return Ac.Card(body, actions, Refresh(view.Audience, CardVerbs.RefreshItem, RefreshData));
    }
}
