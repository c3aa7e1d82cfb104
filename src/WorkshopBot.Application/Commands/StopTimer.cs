namespace WorkshopBot.Application.Commands;

// Moderator: clears the running timer.
public sealed record StopTimer() : WerkgroepCommand;
