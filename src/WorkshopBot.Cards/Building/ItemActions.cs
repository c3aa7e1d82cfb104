using System.Text.Json.Nodes;
using WorkshopBot.Cards.Localization;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain.Items;

namespace WorkshopBot.Cards.Building;

// Actions every item card shares: edit (participants on concepts, moderators always), vaststellen
// (moderators on concepts), board link and refresh.
internal static class ItemActions
{
    public static JsonObject Data(string werkgroepId, int step, string itemId, FormalItemKind kind, long version) =>
        Ac.Data(
            (CardDataKeys.WerkgroepId, werkgroepId),
            (CardDataKeys.Step, step),
            (CardDataKeys.ItemId, itemId),
            (CardDataKeys.ItemKind, CardValues.ToWire(kind)),
            (CardDataKeys.ItemVersion, version));

    public static JsonObject RefreshData(string werkgroepId, string itemId, FormalItemKind kind) =>
        Ac.Data(
            (CardDataKeys.WerkgroepId, werkgroepId),
            (CardDataKeys.ItemId, itemId),
            (CardDataKeys.ItemKind, CardValues.ToWire(kind)));

    public static bool CanEdit(CardViewer? viewer, ItemStatus status) =>
        viewer is not null && (viewer.IsModerator || status == ItemStatus.Concept);

    public static bool CanAccept(CardViewer? viewer, ItemStatus status) =>
        viewer?.IsModerator == true && status == ItemStatus.Concept;

    public static List<JsonNode?> Build(
        CardText t,
        CardViewer? viewer,
        ItemStatus status,
        Func<JsonObject> data,
        Func<IEnumerable<JsonNode?>> editFields,
        string? boardUrl,
        CardAudience? audience,
        Func<JsonObject> refreshData)
    {
        var actions = new List<JsonNode?>();
        if (CanEdit(viewer, status))
        {
            actions.Add(Ac.ShowCard(t.Edit, Ac.SubCard(editFields(), [Ac.Execute(t.Save, CardVerbs.UpdateItem, data(), style: "positive")])));
        }

        if (CanAccept(viewer, status))
        {
            actions.Add(Ac.Execute(t.Accept, CardVerbs.AcceptItem, data(), style: "positive", withInputs: false));
        }

        actions.Add(Chrome.BoardLink(boardUrl, t));
        actions.Add(Chrome.ManualRefresh(audience, CardVerbs.RefreshItem, refreshData, t));
        return actions;
    }
}
