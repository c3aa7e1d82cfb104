namespace WorkshopBot.Application.Commands;

// Moderator: the step is final.
public sealed record LockStep(int Step) : WerkgroepCommand;
