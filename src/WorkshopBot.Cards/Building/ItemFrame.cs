using static WorkshopBot.Cards.Building.Chrome;

namespace WorkshopBot.Cards.Building;

// The frame every item card shares: kind and step above the item as heading, its status and proposer,
// then the card's own details; the card refreshes itself for its audience.
internal static class ItemFrame
{
    public static List<JsonNode?> Body(ItemCardView view, CardText t, string kindLabel, string heading, params IEnumerable<JsonNode?> details) =>
    [
        Ac.Text(Format(t.ItemHeaderFormat, kindLabel, view.Step), subtle: true, size: "Small"),
        Ac.Heading(Esc(heading)),
        Ac.Text(ItemStatus(view.Status, t), color: ItemStatusColor(view.Status), weight: "Bolder", size: "Small", spacing: "None"),
        ProposedBy(view.ProposedBy, t),
        .. details,
    ];

    public static JsonObject Card(ItemCardView view, IEnumerable<JsonNode?> body, IEnumerable<JsonNode?> actions) =>
        Ac.Card(body, actions, Refresh(view.Audience, CardVerbs.RefreshItem, () => ItemActions.RefreshData(view)));

    // A card with no actions of its own beyond edit, vaststellen, board and refresh.
    public static JsonObject Simple(ItemCardView view, CardText t, string kindLabel, string heading, IEnumerable<JsonNode?> details) =>
        Card(view, Body(view, t, kindLabel, heading, details), ItemActions.Build(t, view));
}
