using System.Text.Json.Nodes;
using WorkshopBot.Cards.Building;
using WorkshopBot.Cards.Localization;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain.Localization;
using static WorkshopBot.Cards.Building.Chrome;

namespace WorkshopBot.Cards;

// The traject overview: name, gemeente, theme, the large group's ambitions, the werkgroepen with the step
// each is at, and the large group's channel. Moderators get an inline form to change name, theme and
// ambitions; the server checks the role again.
public static class TrajectCard
{
    public static JsonObject Build(TrajectView view, Language language)
    {
        var t = CardText.For(language);
        var body = new List<JsonNode?>
        {
            Ac.Heading(Esc(view.Name), "Large"),
            string.IsNullOrWhiteSpace(view.Note) ? null : Ac.Text(Esc(view.Note), color: "Good"),
            ErrorBlock(view.Error),
            Ac.Facts(
            [
                (t.FieldGemeente, Esc(view.Gemeente)),
                (t.FieldTheme, Esc(view.Theme)),
                (t.LargeGroupChannelLabel, view.HasLargeGroupChannel ? Esc(view.LargeGroupChannel ?? t.LargeGroupChannelUnnamed) : t.NoLargeGroupChannel),
            ]),
            Ac.Text(t.AmbitionsHeading, weight: "Bolder", separator: true),
            view.Ambitions.Count == 0
                ? Ac.Text(t.NoAmbitionsYet, subtle: true)
                : Ac.Container(view.Ambitions.Select(Ambition)),
            Ac.Text(t.WerkgroepenHeading, weight: "Bolder", separator: true),
            view.Werkgroepen.Count == 0
                ? Ac.Text(t.NoWerkgroepenYet, subtle: true)
                : Ac.Container(view.Werkgroepen.Select(w => (JsonNode?)Ac.Text(
                    Format(t.WerkgroepAtStepFormat, Esc(w.Name), w.CurrentStep, t.Step(w.CurrentStep).Name), spacing: "Small"))),
        };
        var actions = view.CanEdit
            ? new JsonNode?[] { Ac.ShowCard(t.EditTraject, EditForm(view, t)) }
            : null;
        return Ac.Card(body, actions);
    }

    private static JsonNode? Ambition(AmbitionView ambition) =>
        Ac.Container(
            ambition.SubGoals.Select(goal => (JsonNode?)Ac.Text("- " + Esc(goal), size: "Small", spacing: "None"))
                .Prepend(Ac.Text(Esc(ambition.Text), spacing: "Small")));

    private static JsonObject EditForm(TrajectView view, CardText t) => Ac.SubCard(
        [
            TrajectInputs.Name(view.Name, t),
            TrajectInputs.Theme(view.Theme, t),
            TrajectInputs.Ambitions(view.AmbitionsText, t),
        ],
        [Ac.Execute(t.Save, CardVerbs.EditTraject, Ac.Data((CardDataKeys.TrajectId, view.TrajectId)), style: "positive")]);
}
