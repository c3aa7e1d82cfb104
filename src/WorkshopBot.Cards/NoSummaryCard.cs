using System.Text.Json.Nodes;
using WorkshopBot.Cards.Building;
using WorkshopBot.Cards.Localization;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain.Localization;
using static WorkshopBot.Cards.Building.Chrome;

namespace WorkshopBot.Cards;

// "samenvatting" before the first version: says so, and offers a moderator "Publiceren" (which shows
// the preview first; nothing is published by this card).
public static class NoSummaryCard
{
    public static JsonObject Build(NoSummaryView view, Language language)
    {
        var t = CardText.For(language);
        var body = new JsonNode?[]
        {
            Ac.Container(
                [
                    Ac.Text(t.NoticeInfoTitle, weight: "Bolder", color: "Accent"),
                    Ac.Text(Esc(view.Message), spacing: "Small"),
                ],
                style: "accent"),
        };
        var actions = new JsonNode?[]
        {
            view.CanPublish ? Ac.Execute(t.PublishSummaryAction, CardVerbs.PublishSummary, Ac.Data(), withInputs: false) : null,
        };
        return Ac.Card(body, actions);
    }
}
