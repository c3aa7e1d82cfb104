namespace WorkshopBot.Cards.Views;

// A note opened in a dialog (editing it, moving it, promoting it): the note, its version and the step it is
// in (for promoting, the step decides which kind the form offers first).
public sealed record NoteFormView(string WerkgroepId, int Step, string NoteId, long NoteVersion, string NoteText);
