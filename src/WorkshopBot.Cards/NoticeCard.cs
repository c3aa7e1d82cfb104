using static WorkshopBot.Cards.Building.Chrome;

namespace WorkshopBot.Cards;

// A friendly one-message card (info, warning or error), e.g. "Stap 3 is gesloten…".
// Message and title are escaped: they often quote names users typed.
public static class NoticeCard
{
    public static JsonObject Build(NoticeView view, Language language)
    {
        var t = CardText.For(language);
        var (style, color, defaultTitle) = view.Severity switch
        {
            NoticeSeverity.Info => ("accent", "Accent", t.NoticeInfoTitle),
            NoticeSeverity.Warning => ("warning", "Warning", t.NoticeWarningTitle),
            _ => ("attention", "Attention", t.NoticeErrorTitle),
        };
        var body = new List<JsonNode?>
        {
            Ac.Container(
                [
                    Ac.Text(string.IsNullOrWhiteSpace(view.Title) ? defaultTitle : Esc(view.Title), weight: "Bolder", color: color),
                    Ac.Text(Esc(view.Message), spacing: "Small"),
                ],
                style: style),
        };
        var actions = new JsonNode?[]
        {
            string.IsNullOrWhiteSpace(view.LinkUrl) ? null : Ac.OpenUrl(view.LinkTitle ?? t.OpenLink, view.LinkUrl),
        };
        return Ac.Card(body, actions);
    }
}
