using WorkshopBot.Domain.Items;

namespace WorkshopBot.Cards.Building;

// Actions every item card shares: edit (participants on concepts, moderators always), vaststellen
// (moderators on concepts), board link and refresh.
internal static class ItemActions
{
    public static JsonObject Data(ItemCardView view) =>
        Ac.Data(
            (CardDataKeys.WerkgroepId, view.WerkgroepId),
            (CardDataKeys.Step, view.Step),
            (CardDataKeys.ItemId, view.ItemId),
            (CardDataKeys.ItemKind, CardValues.ToWire(view.Kind)),
            (CardDataKeys.ItemVersion, view.Version));

    public static JsonObject RefreshData(ItemCardView view) =>
        Ac.Data(
            (CardDataKeys.WerkgroepId, view.WerkgroepId),
            (CardDataKeys.ItemId, view.ItemId),
            (CardDataKeys.ItemKind, CardValues.ToWire(view.Kind)));

    public static bool CanEdit(CardViewer? viewer, ItemStatus status) =>
        viewer is not null && (viewer.IsModerator || status == ItemStatus.Concept);

    public static bool CanAccept(CardViewer? viewer, ItemStatus status) =>
        viewer?.IsModerator == true && status == ItemStatus.Concept;

    public static List<JsonNode?> Build(CardText t, ItemCardView view, Func<IEnumerable<JsonNode?>> editFields)
    {
        var actions = new List<JsonNode?>();
        if (CanEdit(view.Viewer, view.Status))
        {
            actions.Add(Ac.ShowCard(t.Edit, Ac.SubCard(editFields(), [Ac.Execute(t.Save, CardVerbs.UpdateItem, Data(view), style: "positive")])));
        }

        if (CanAccept(view.Viewer, view.Status))
        {
            actions.Add(Ac.Execute(t.Accept, CardVerbs.AcceptItem, Data(view), style: "positive", withInputs: false));
        }

        actions.Add(Chrome.BoardLink(view.BoardUrl, t));
        actions.Add(Chrome.ManualRefresh(view.Audience, CardVerbs.RefreshItem, () => RefreshData(view), t));
        return actions;
    }
}
