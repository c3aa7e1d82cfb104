using WorkshopBot.Domain.Items;

namespace WorkshopBot.Cards.Building;

// Actions every item card shares: edit in a dialog (participants on concepts, moderators always), vaststellen
// (moderators on concepts), parkeren / terug naar concept (moderators), board link and refresh. The step card's item list uses the same open and
// vaststellen actions, so both surfaces send one command with the same data and the same role rule.
internal static class ItemActions
{
    public static JsonObject Data(ItemCardView view) =>
        Data(view.WerkgroepId, view.Step, view.ItemId, view.Kind, view.Version);

    public static JsonObject Data(string werkgroepId, int step, string itemId, FormalItemKind kind, long version) =>
        Ac.Data(
            (CardDataKeys.WerkgroepId, werkgroepId),
            (CardDataKeys.Step, step),
            (CardDataKeys.ItemId, itemId),
            (CardDataKeys.ItemKind, CardValues.ToWire(kind)),
            (CardDataKeys.ItemVersion, version));

    public static JsonObject RefreshData(ItemCardView view) => RefreshData(view.WerkgroepId, view.ItemId, view.Kind);

    public static JsonObject RefreshData(string werkgroepId, string itemId, FormalItemKind kind) =>
        Ac.Data(
            (CardDataKeys.WerkgroepId, werkgroepId),
            (CardDataKeys.ItemId, itemId),
            (CardDataKeys.ItemKind, CardValues.ToWire(kind)));

    public static bool CanEdit(CardViewer? viewer, ItemStatus status) =>
        viewer is not null && (viewer.IsModerator || status == ItemStatus.Concept);

    public static bool CanAccept(CardViewer? viewer, ItemStatus status) =>
        viewer?.IsModerator == true && status == ItemStatus.Concept;

    // Parkeren (concept or vastgesteld) and terug naar concept (parked): moderators only, as vaststellen.
    public static bool CanPark(CardViewer? viewer, ItemStatus status) =>
        viewer?.IsModerator == true && status != ItemStatus.Geparkeerd;

    public static bool CanUnpark(CardViewer? viewer, ItemStatus status) =>
        viewer?.IsModerator == true && status == ItemStatus.Geparkeerd;

    // Vaststellen, offered only where CanAccept holds; the server checks the role again (AcceptItem).
    public static JsonObject Accept(CardText t, JsonObject data) =>
        Ac.Execute(t.Accept, CardVerbs.AcceptItem, data, style: "positive", withInputs: false);

    // Parkeren or terug naar concept, whichever the status allows (null for a viewer who may do neither);
    // the server checks the role again (ParkItem, UnparkItem).
    public static JsonObject? ParkOrUnpark(CardText t, CardViewer? viewer, ItemStatus status, JsonObject data) =>
        CanPark(viewer, status) ? Ac.Execute(t.Park, CardVerbs.ParkItem, data, withInputs: false)
        : CanUnpark(viewer, status) ? Ac.Execute(t.Unpark, CardVerbs.UnparkItem, data, withInputs: false)
        : null;

    // Opening an item answers with its card (the same verb the item card refreshes with).
    public static JsonObject Open(CardText t, string werkgroepId, string itemId, FormalItemKind kind) =>
        Ac.Execute(t.OpenItem, CardVerbs.RefreshItem, RefreshData(werkgroepId, itemId, kind), withInputs: false);

    // Bewerken opens the edit form in a Teams dialog (EditItemForm): a form inside the card would be wiped
    // by the next shared update while the user types. The server checks the role again on fetch and submit.
    public static List<JsonNode?> Build(CardText t, ItemCardView view)
    {
        var actions = new List<JsonNode?>();
        if (CanEdit(view.Viewer, view.Status))
        {
            actions.Add(DialogCards.Open(t.Edit, CardVerbs.ShowEditForm, Data(view)));
        }

        if (CanAccept(view.Viewer, view.Status))
        {
            actions.Add(Accept(t, Data(view)));
        }

        if (ParkOrUnpark(t, view.Viewer, view.Status, Data(view)) is { } park)
        {
            actions.Add(park);
        }

        actions.Add(Chrome.BoardLink(view.BoardUrl, t));
        actions.Add(Chrome.ManualRefresh(view.Audience, CardVerbs.RefreshItem, () => RefreshData(view), t));
        return actions;
    }
}
