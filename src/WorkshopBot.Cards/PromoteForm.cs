using WorkshopBot.Domain.Items;
using static WorkshopBot.Cards.Building.Chrome;
using static WorkshopBot.Cards.Building.StepActions;

namespace WorkshopBot.Cards;

// Promoting a note (Overnemen): the moderator chooses what the note becomes. The step's own kind comes
// first (2 → maatschappelijk resultaat, 3 → activiteit, 4 → kwaliteitsafspraak, 5 → resultaat van de
// voorziening) and she can choose another. Shown in a dialog from the step card, or as a message of its own
// for a client without dialogs; the server checks the moderator role on opening and on submitting.
public static class PromoteForm
{
    public static JsonObject Build(NoteFormView view, Language language)
    {
        var t = CardText.For(language);
        var kind = FormalItemKinds.ForStep(view.Step);
        return NoteForm(view, t, t.PromoteTitle,
            [
                Ac.Text(Format(t.FromNoteFormat, Esc(view.NoteText)), subtle: true, size: "Small"),
                Ac.Text(Format(t.PromoteDefaultFormat, view.Step, KindName(kind, t)), size: "Small"),
                Ac.ChoiceSet(CardInputs.PromoteKind(view.NoteId), t.PromoteToLabel, KindChoices(t), value: CardValues.ToWire(kind), expanded: true),
            ],
            Ac.Execute(t.Promote, CardVerbs.PromoteNote, NoteFormData(view), style: "positive"));
    }
}
