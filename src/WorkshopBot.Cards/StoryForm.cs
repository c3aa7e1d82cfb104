using System.Text.Json.Nodes;
using WorkshopBot.Cards.Building;
using WorkshopBot.Cards.Localization;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Monitoring;
using static WorkshopBot.Cards.Building.Chrome;

namespace WorkshopBot.Cards;

// A partner adds a story (vertellen): the text, whose perspective, the result(s) and/or indicator(s) it
// belongs to (at least one: the server says so when none is chosen, and the form comes back as typed), an
// optional theme, and for a quote the person's consent. The privacy line says what never goes in.
public static class StoryForm
{
    public static JsonObject Build(StoryFormView view, Language language)
    {
        var t = MonitoringCardText.For(language);
        var draft = view.Draft;
        var body = new JsonNode?[]
        {
            Ac.Heading(t.StoryTitle),
            Ac.Text(t.StoryPrivacy, size: "Small", color: "Attention"),
            ErrorBlock(view.Error),
            Ac.InputText(MonitoringInputs.StoryText, t.StoryTextLabel, value: draft?.Text, multiline: true, maxLength: WerkgroepMonitoring.TextMaxLength, required: true, errorMessage: t.StoryTextLabel),
            Ac.ChoiceSet(
                MonitoringInputs.Perspective,
                t.PerspectiveLabel,
                [(t.Inwoner, nameof(StoryPerspective.Inwoner)), (t.Professional, nameof(StoryPerspective.Professional)), (t.Vrijwilliger, nameof(StoryPerspective.Vrijwilliger))],
                value: (draft?.Perspective ?? StoryPerspective.Inwoner).ToString(),
                expanded: true,
                required: true),
            Ac.Text(t.StoryLinkHint, size: "Small", subtle: true),
            view.Results.Count > 0
                ? Ac.ChoiceSet(MonitoringInputs.StoryResults, t.StoryResultsLabel, view.Results.Select(r => (Esc(r.Title), r.Id)), value: Joined(draft?.ResultIds), multiSelect: true)
                : null,
            view.Indicators.Count > 0
                ? Ac.ChoiceSet(MonitoringInputs.StoryIndicators, t.StoryIndicatorsLabel, view.Indicators.Select(i => (Esc(i.Title), i.Id)), value: Joined(draft?.IndicatorIds), multiSelect: true)
                : null,
            Ac.InputText(MonitoringInputs.StoryTheme, t.ThemeLabel, value: draft?.Theme, maxLength: WerkgroepMonitoring.ShortTextMaxLength),
            Ac.Toggle(MonitoringInputs.IsQuote, t.IsQuoteLabel, t.IsQuoteTitle, draft?.IsQuote ?? false),
            Ac.Toggle(MonitoringInputs.Consent, t.ConsentLabel, t.ConsentTitle, draft?.ConsentGiven ?? false),
        };
        var data = Ac.Data((CardDataKeys.WerkgroepId, view.WerkgroepId));
        return Ac.Card(body, [Ac.Execute(t.AddStory, CardVerbs.AddStory, data, style: "positive")]);
    }

    // A multi-select's value: the chosen values joined by commas, as the card submits them.
    internal static string? Joined(IReadOnlyList<string>? values) => values is { Count: > 0 } ? string.Join(",", values) : null;
}
