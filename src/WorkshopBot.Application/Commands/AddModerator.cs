namespace WorkshopBot.Application.Commands;

// Moderator: names a member co-moderator.
public sealed record AddModerator(string UserId) : WerkgroepCommand;
