namespace WorkshopBot.Application.Commands;

// Moves a note to another open step (own notes; moderators any note).
public sealed record MoveNote(string NoteId, int ToStep) : WerkgroepCommand;
