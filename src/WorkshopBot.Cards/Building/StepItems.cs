using static WorkshopBot.Cards.Building.Chrome;

namespace WorkshopBot.Cards.Building;

// The step's formal items on the step card, one compact line each with its status, Openen for everyone
// with a view, Vaststellen for the moderator on a concept and Parkeren (Terug naar concept when parked) for the
// moderator. After a promotion the item stays reachable from the chat (issue 12, finding 7).
internal static class StepItems
{
    public static JsonObject? Section(StepCardView view, int limit, CardText t)
    {
        if (view.Items.Count == 0)
        {
            return null;
        }

        var items = new List<JsonNode?> { Ac.Text(Format(t.StepItemsHeadingFormat, view.Items.Count), weight: "Bolder") };
        foreach (var item in view.Items.Take(limit))
        {
            var actions = new List<JsonNode?>();
            if (view.Viewer is not null)
            {
                actions.Add(ItemActions.Open(t, view.WerkgroepId, item.ItemId, item.Kind));
            }

            var data = ItemActions.Data(view.WerkgroepId, view.Step, item.ItemId, item.Kind, item.Version).With(CardDataKeys.ReturnToStep, true);
            if (ItemActions.CanAccept(view.Viewer, item.Status))
            {
                actions.Add(ItemActions.Accept(t, data));
            }

            if (ItemActions.ParkOrUnpark(t, view.Viewer, item.Status, data.DeepClone().AsObject()) is { } park)
            {
                actions.Add(park);
            }

            items.Add(Ac.Container(
                [
                    Ac.Text(Format(t.StepItemLineFormat, KindName(item.Kind, t), Esc(item.Title)), size: "Small"),
                    Ac.Text(ItemStatus(item.Status, t), color: ItemStatusColor(item.Status), weight: "Bolder", size: "Small", spacing: "None"),
                    Ac.Actions(actions, spacing: "Small"),
                ],
                separator: true));
        }

        if (view.Items.Count > limit)
        {
            items.Add(Ac.Text(Format(t.MoreStepItemsFormat, view.Items.Count - limit), subtle: true));
        }

        return Ac.Container(items, separator: true);
    }
}
