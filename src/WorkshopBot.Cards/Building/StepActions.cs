namespace WorkshopBot.Cards.Building;

// The data every step card action carries: the werkgroep and step, the board version for stale
// detection, and the note for note actions and note forms.
internal static class StepActions
{
    public static JsonObject StepData(StepCardView view) =>
        Ac.Data((CardDataKeys.WerkgroepId, view.WerkgroepId), (CardDataKeys.Step, view.Step));

    public static JsonObject BoardData(StepCardView view, params (string Key, JsonNode? Value)[] extra) =>
        Ac.Data(
            [
                (CardDataKeys.WerkgroepId, view.WerkgroepId),
                (CardDataKeys.Step, view.Step),
                (CardDataKeys.BoardVersion, view.BoardVersion),
                .. extra,
            ]);

    public static JsonObject NoteData(StepCardView view, NoteView note) =>
        BoardData(view, (CardDataKeys.NoteId, note.NoteId), (CardDataKeys.NoteVersion, note.Version));

    // The data of a note form's submit (edit, move, promote): the note as it was when the form opened.
    public static JsonObject NoteFormData(NoteFormView view) =>
        Ac.Data(
            (CardDataKeys.WerkgroepId, view.WerkgroepId),
            (CardDataKeys.Step, view.Step),
            (CardDataKeys.NoteId, view.NoteId),
            (CardDataKeys.NoteVersion, view.NoteVersion));

    // A note form (edit, move, promote): its heading, its fields, the submit and Annuleren. Annuleren matters on a
    // form shown as a message of its own (back to the note's step card); in a dialog DialogCards drops it, the
    // dialog closes with its own ✕.
    public static JsonObject NoteForm(NoteFormView view, CardText t, string title, IEnumerable<JsonNode?> fields, JsonObject submit) =>
        Ac.Card(
            [Ac.Heading(title), .. fields],
            [
                submit,
                Ac.Execute(t.Cancel, CardVerbs.ShowStep,
                    Ac.Data((CardDataKeys.WerkgroepId, view.WerkgroepId), (CardDataKeys.Step, view.Step)), withInputs: false),
            ]);
}
