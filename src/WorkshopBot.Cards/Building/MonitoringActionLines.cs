using System.Globalization;
using System.Text.Json.Nodes;
using WorkshopBot.Application.Projections;
using WorkshopBot.Cards.Localization;
using static WorkshopBot.Cards.Building.Chrome;

namespace WorkshopBot.Cards.Building;

// One improvement action as a line on the reflection form and the overview: what, who, by when, open or
// done; an open one gets a "mark done" button when the viewer may use it (the server checks again: the
// owner or a moderator). Show says which card comes back after the click.
internal static class MonitoringActionLines
{
    public static JsonObject? Line(ImprovementActionView action, string werkgroepId, bool canMarkDone, string show, MonitoringCardText t)
    {
        var line = Format(
            t.ActionLineFormat,
            Esc(action.Text),
            Esc(action.OwnerName),
            action.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            action.Done ? t.ActionDone : t.ActionOpen);
        return Ac.Container(
            [
                Ac.Text("- " + line, size: "Small", color: action.Done ? "Good" : null),
                !action.Done && canMarkDone
                    ? Ac.Actions([Ac.Execute(
                        t.MarkDone,
                        CardVerbs.CompleteImprovementAction,
                        Ac.Data((CardDataKeys.WerkgroepId, werkgroepId), (MonitoringInputs.ActionId, action.Id), (MonitoringInputs.Show, show)),
                        withInputs: false)])
                    : null,
            ],
            spacing: "Small");
    }
}
