namespace WorkshopBot.Application.Commands;

// Moderator: closes the running voting round.
public sealed record CloseVoting() : WerkgroepCommand;
