namespace WorkshopBot.Application.Commands;

// Takes one of the voter's dots back from a note.
public sealed record RetractVote(string NoteId) : WerkgroepCommand;
