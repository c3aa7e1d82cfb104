using static WorkshopBot.Cards.Building.StepActions;

namespace WorkshopBot.Cards;

// Editing one's own note (Bewerken on the step card). It opens in a dialog, not inside the shared step card:
// that card is re-rendered whenever anyone adds a note, which would wipe the half-rewritten text. A client
// without dialogs gets it as a message of its own. The server checks on opening and on saving that the note
// is the viewer's (or she moderates) and that its step is open.
public static class EditNoteForm
{
    public static JsonObject Build(NoteFormView view, Language language)
    {
        var t = CardText.For(language);
        return NoteForm(view, t, t.EditNoteTitle,
            [
                Ac.InputText(CardInputs.EditNoteText(view.NoteId), t.EditNoteLabel, value: view.NoteText, maxLength: CardLimits.MaxNoteLength,
                    required: true, errorMessage: t.NoteRequired, multiline: true),
            ],
            Ac.Execute(t.Save, CardVerbs.EditNote, NoteFormData(view), style: "positive"));
    }
}
