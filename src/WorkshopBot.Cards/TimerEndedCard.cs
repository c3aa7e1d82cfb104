using WorkshopBot.Domain.Werkgroepen;
using static WorkshopBot.Cards.Building.Chrome;

namespace WorkshopBot.Cards;

public static class TimerEndedCard
{
    public static JsonObject Build(TimerEndedView view, Language language)
    {
        var t = CardText.For(language);
        var stepName = CompassSteps.IsValid(view.Step) ? t.Step(view.Step).Name : string.Empty;
        var body = new JsonNode?[]
        {
            Ac.Heading(t.TimerEndedTitle),
            Ac.Text(Format(t.TimerEndedFormat, view.Step, stepName, Esc(view.WerkgroepName))),
        };
        var actions = new JsonNode?[]
        {
            Ac.Execute(t.ToTheStep, CardVerbs.ShowStep,
                Ac.Data((CardDataKeys.WerkgroepId, view.WerkgroepId), (CardDataKeys.Step, view.Step)), style: "positive", withInputs: false),
            BoardLink(view.BoardUrl, t),
        };
        return Ac.Card(body, actions);
    }
}
