using System.Text.Json.Nodes;
using WorkshopBot.Cards.Building;
using WorkshopBot.Cards.Localization;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Localization;
using static WorkshopBot.Cards.Building.Chrome;

namespace WorkshopBot.Cards;

public static class ActivityCard
{
    public static JsonObject Build(ActivityView view, Language language)
    {
        var t = CardText.For(language);
        JsonObject Data() => ItemActions.Data(view.WerkgroepId, view.Step, view.ItemId, FormalItemKind.Activity, view.Version);
        JsonObject RefreshData() => ItemActions.RefreshData(view.WerkgroepId, view.ItemId, FormalItemKind.Activity);

        var body = new List<JsonNode?>
        {
            Ac.Text(Format(t.ItemHeaderFormat, t.KindActivity, view.Step), subtle: true, size: "Small"),
            Ac.Heading(Esc(view.Name)),
            Ac.Text(ItemStatus(view.Status, t), color: ItemStatusColor(view.Status), weight: "Bolder", size: "Small", spacing: "None"),
            ProposedBy(view.ProposedBy, t),
            string.IsNullOrWhiteSpace(view.Description) ? null : Ac.Text(Esc(view.Description)),
            Field(t.FieldOwner, view.Owner, t),
            Field(t.FieldResult, view.ResultText, t),
        };

        var actions = ItemActions.Build(t, view.Viewer, view.Status, Data,
            () => ItemForms.Activity(t, view.Name, view.Description, view.Owner, []), view.BoardUrl, view.Audience, RefreshData);
        return Ac.Card(body, actions, Refresh(view.Audience, CardVerbs.RefreshItem, RefreshData));
    }
}
