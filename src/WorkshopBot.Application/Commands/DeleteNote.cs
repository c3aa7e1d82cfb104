namespace WorkshopBot.Application.Commands;

// The author (or a moderator) removes a note.
public sealed record DeleteNote(string NoteId) : WerkgroepCommand;
