using static WorkshopBot.Cards.Building.Chrome;

namespace WorkshopBot.Cards;

public static class StartWerkgroepCard
{
    public static JsonObject Build(StartWerkgroepView view, Language language)
    {
        var t = CardText.For(language);
        if (view.Trajects.Count == 0)
        {
            return Ac.Card(
                [
                    Ac.Heading(t.StartWerkgroepTitle, "Large"),
                    Ac.Text(t.NoTrajectsYet),
                ],
                [Ac.Execute(t.CreateTraject, CardVerbs.ShowCreateTrajectForm, new JsonObject(), withInputs: false)]);
        }

        var choices = view.Trajects.Select(tr => (
            string.IsNullOrWhiteSpace(tr.Gemeente) ? tr.Name : Format("{0} ({1})", tr.Name, tr.Gemeente),
            tr.TrajectId));
        var body = new List<JsonNode?>
        {
            Ac.Heading(t.StartWerkgroepTitle, "Large"),
            Ac.Text(t.StartWerkgroepIntro, size: "Small"),
            ErrorBlock(view.Error),
            Ac.ChoiceSet(CardInputs.TrajectId, t.FieldTraject, choices,
                value: view.SelectedTrajectId ?? (view.Trajects.Count == 1 ? view.Trajects[0].TrajectId : null),
                required: true, errorMessage: t.TrajectRequired, placeholder: t.ChoosePlaceholder),
            Ac.InputText(CardInputs.WerkgroepName, t.FieldWerkgroepName, view.WerkgroepName, t.WerkgroepNamePlaceholder, maxLength: 150,
                required: true, errorMessage: t.FieldRequired),
            Ac.InputText(CardInputs.Organisation, t.FieldOrganisation, view.Organisation, t.OrganisationPlaceholder, maxLength: 150,
                required: true, errorMessage: t.FieldRequired),
        };
        var actions = new JsonNode?[] { Ac.Execute(t.StartWerkgroep, CardVerbs.StartWerkgroep, new JsonObject(), style: "positive") };
        return Ac.Card(body, actions);
    }
}
