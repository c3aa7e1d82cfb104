using static WorkshopBot.Cards.Building.Chrome;

namespace WorkshopBot.Cards;

// Form to create a traject (posted in the large group's channel). Rebuilt with the entered values
// and an error when the server rejects the input.
public static class CreateTrajectCard
{
    public static JsonObject Build(CreateTrajectView view, Language language)
    {
        var t = CardText.For(language);
        var body = new List<JsonNode?>
        {
            Ac.Heading(t.CreateTrajectTitle, "Large"),
            Ac.Text(t.CreateTrajectIntro, size: "Small"),
            ErrorBlock(view.Error),
            TrajectInputs.Name(view.Name, t),
            Ac.InputText(CardInputs.Gemeente, t.FieldGemeente, view.Gemeente, t.GemeentePlaceholder, maxLength: 100,
                required: true, errorMessage: t.FieldRequired),
            TrajectInputs.Theme(view.Theme, t),
            TrajectInputs.Ambitions(view.Ambitions, t),
        };
        var actions = new JsonNode?[] { Ac.Execute(t.CreateTraject, CardVerbs.CreateTraject, new JsonObject(), style: "positive") };
        return Ac.Card(body, actions);
    }
}
