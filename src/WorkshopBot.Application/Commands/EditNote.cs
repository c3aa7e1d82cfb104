namespace WorkshopBot.Application.Commands;

// The author rewrites their own note.
public sealed record EditNote(string NoteId, string Text) : WerkgroepCommand;
