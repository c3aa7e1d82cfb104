namespace WorkshopBot.Application.Commands;

// Moderator: a dot-voting round with Dots per person.
public sealed record StartVoting(int Step, int Dots) : WerkgroepCommand;
