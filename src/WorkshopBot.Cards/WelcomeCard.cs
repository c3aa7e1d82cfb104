using static WorkshopBot.Cards.Building.Chrome;

namespace WorkshopBot.Cards;

public static class WelcomeCard
{
    public static JsonObject Build(WelcomeView view, Language language)
    {
        var t = CardText.For(language);
        var body = new List<JsonNode?>
        {
            Ac.Heading(string.IsNullOrWhiteSpace(view.UserName) ? t.WelcomeTitle : Format(t.WelcomeTitleNamedFormat, Esc(view.UserName)), "Large"),
            Ac.Text(t.WelcomeIntro),
            Ac.Container(t.WelcomeFeatures.Select(f => (JsonNode?)Ac.Text("• " + f, spacing: "Small")), spacing: "Small"),
            Ac.Text(t.WelcomeFirstStepsHeading, weight: "Bolder", separator: true),
            Ac.Container(
                (view.InChannel ? t.WelcomeFirstStepsChannel : t.WelcomeFirstStepsChat)
                    .Select((s, i) => (JsonNode?)Ac.Text(Format("{0}\\. {1}", i + 1, s), spacing: "Small")),
                spacing: "Small"),
        };
        var actions = new JsonNode?[]
        {
            Ac.Execute(t.Help, CardVerbs.ShowHelp, new JsonObject(), withInputs: false),
            view.InChannel ? Ac.Execute(t.CreateTraject, CardVerbs.ShowCreateTrajectForm, new JsonObject(), withInputs: false) : null,
            Ac.Execute(t.StartWerkgroep, CardVerbs.ShowStartWerkgroepForm, new JsonObject(), style: "positive", withInputs: false),
        };
        return Ac.Card(body, actions);
    }
}
