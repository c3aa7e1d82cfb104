namespace WorkshopBot.Application.Commands;

// Moderator: silent brainstorm, everyone sees only their own notes until Reveal.
public sealed record StartSilent(int Step) : WerkgroepCommand;
