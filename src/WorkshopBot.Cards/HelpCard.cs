namespace WorkshopBot.Cards;

public static class HelpCard
{
    public static JsonObject Build(Language language)
    {
        var t = CardText.For(language);
        var rows = t.HelpCommands.Select(c => (JsonNode?)Ac.Columns(
            Ac.Column([Ac.Text("`" + c.Command + "`", weight: "Bolder")], width: "160px"),
            Ac.Column([Ac.Text(c.Explanation)])));
        var body = new List<JsonNode?>
        {
            Ac.Heading(t.HelpTitle, "Large"),
            Ac.Text(t.HelpIntro),
            Ac.Container(rows, separator: true),
            Ac.Text(t.HelpFooter, subtle: true, size: "Small", separator: true),
        };
        var actions = new JsonNode?[]
        {
            Ac.Execute(t.StartWerkgroep, CardVerbs.ShowStartWerkgroepForm, new JsonObject(), withInputs: false),
            Ac.Execute(t.CreateTraject, CardVerbs.ShowCreateTrajectForm, new JsonObject(), withInputs: false),
        };
        return Ac.Card(body, actions);
    }
}
