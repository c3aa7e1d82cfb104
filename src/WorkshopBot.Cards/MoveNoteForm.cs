using System.Globalization;
using static WorkshopBot.Cards.Building.Chrome;
using static WorkshopBot.Cards.Building.StepActions;

namespace WorkshopBot.Cards;

// Moving a note to another compass step (Verplaatsen on the moderator's step card), in a dialog for the
// same reason as EditNoteForm: a choice half-made inside the shared card is lost on the next update. The
// note's own step is chosen already; the domain decides which steps may receive it.
public static class MoveNoteForm
{
    public static JsonObject Build(NoteFormView view, Language language)
    {
        var t = CardText.For(language);
        return NoteForm(view, t, t.MoveNoteTitle,
            [
                Ac.Text(Format(t.FromNoteFormat, Esc(view.NoteText)), subtle: true, size: "Small"),
                Ac.ChoiceSet(CardInputs.MoveToStep(view.NoteId), t.MoveToStepLabel, StepChoices(t),
                    value: view.Step.ToString(CultureInfo.InvariantCulture)),
            ],
            Ac.Execute(t.Move, CardVerbs.MoveNote, NoteFormData(view), style: "positive"));
    }
}
