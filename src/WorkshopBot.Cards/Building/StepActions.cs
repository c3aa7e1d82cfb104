namespace WorkshopBot.Cards.Building;

// The data every step card action carries: the werkgroep and step, the board version for stale
// detection, and the note for note actions.
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
}
