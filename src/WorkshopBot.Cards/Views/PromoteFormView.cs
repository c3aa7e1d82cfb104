namespace WorkshopBot.Cards.Views;

// A moderator turning a note into a formal item: the note and the step it is in (the step decides which
// kind the form offers first).
public sealed record PromoteFormView(string WerkgroepId, int Step, string NoteId, long NoteVersion, string NoteText);
