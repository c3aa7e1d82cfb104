namespace WorkshopBot.Application.Commands;

// Moderator: a countdown that is announced in the conversation when it ends.
public sealed record StartTimer(int Minutes) : WerkgroepCommand;
