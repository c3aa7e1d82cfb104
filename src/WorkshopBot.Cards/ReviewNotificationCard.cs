using System.Text.Json.Nodes;
using WorkshopBot.Cards.Building;
using WorkshopBot.Cards.Localization;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Summaries;
using static WorkshopBot.Cards.Building.Chrome;

namespace WorkshopBot.Cards;

// Sent 1:1 to the moderator when a partner asks a question or objects to a summary.
public static class ReviewNotificationCard
{
    public static JsonObject Build(ReviewNotificationView view, Language language)
    {
        var t = CardText.For(language);
        var template = view.Answer switch
        {
            ReviewAnswer.Bezwaar => t.NotificationObjectionFormat,
            ReviewAnswer.Vraag => t.NotificationQuestionFormat,
            _ => t.NotificationAgreeFormat,
        };
        var body = new List<JsonNode?>
        {
            Ac.Heading(Answer(view.Answer, t)),
            Ac.Text(Format(template, Person(view.Reviewer), Esc(view.WerkgroepName), view.SummaryVersion)),
            Ac.Text(DateTime(view.RespondedAt, t), subtle: true, size: "Small", spacing: "None"),
            string.IsNullOrWhiteSpace(view.Comment)
                ? null
                : Ac.Container([Ac.Text(Esc(view.Comment))], style: "emphasis"),
            Ac.InputText(CardInputs.ReplyText, t.ReplyLabel, placeholder: t.ReplyPlaceholder, multiline: true, maxLength: 2000,
                required: true, errorMessage: t.ReplyRequired),
        };
        var actions = new JsonNode?[]
        {
            Ac.Execute(t.SendReply, CardVerbs.ReplyToReview,
                Ac.Data(
                    (CardDataKeys.SummaryId, view.SummaryId),
                    (CardDataKeys.SummaryVersion, view.SummaryVersion),
                    (CardDataKeys.ResponseId, view.ResponseId)),
                style: "positive"),
            string.IsNullOrWhiteSpace(view.ThreadUrl) ? null : Ac.OpenUrl(t.ToTheThread, view.ThreadUrl),
        };
        return Ac.Card(body, actions);
    }
}
