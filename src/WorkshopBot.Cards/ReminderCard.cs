using System.Text.Json.Nodes;
using WorkshopBot.Cards.Building;
using WorkshopBot.Cards.Localization;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain.Localization;
using static WorkshopBot.Cards.Building.Chrome;

namespace WorkshopBot.Cards;

// Sent 1:1 to a reviewer who has not answered before the deadline.
public static class ReminderCard
{
    public static JsonObject Build(ReminderView view, Language language)
    {
        var t = CardText.For(language);
        var body = new JsonNode?[]
        {
            Ac.Heading(t.ReminderTitle),
            Ac.Text(Format(t.ReminderFormat, Esc(view.WerkgroepName), view.SummaryVersion, DateTime(view.Deadline, t))),
            string.IsNullOrWhiteSpace(view.TrajectName) ? null : Ac.Text(Format(t.TrajectLineFormat, Esc(view.TrajectName)), subtle: true),
            Ac.Text(t.ReminderExplanation, size: "Small"),
        };
        var actions = new JsonNode?[]
        {
            string.IsNullOrWhiteSpace(view.SummaryUrl) ? null : Ac.OpenUrl(t.ToTheSummary, view.SummaryUrl),
        };
        return Ac.Card(body, actions);
    }
}
