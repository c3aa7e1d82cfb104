namespace WorkshopBot.Application.Commands;

// One dot on a note in the running voting round.
public sealed record CastVote(string NoteId) : WerkgroepCommand;
