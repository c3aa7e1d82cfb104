namespace WorkshopBot.Application.Commands;

// Moderator: ends the silent brainstorm of a step.
public sealed record RevealNotes(int Step) : WerkgroepCommand;
