namespace WorkshopBot.Application.Commands;

// Moderator: participants can add notes to the step.
public sealed record OpenStep(int Step) : WerkgroepCommand;
