namespace WorkshopBot.Application.Commands;

// Moderator: the step is closed for new notes; it can be opened again.
public sealed record CloseStep(int Step) : WerkgroepCommand;
