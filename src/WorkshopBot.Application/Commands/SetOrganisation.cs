namespace WorkshopBot.Application.Commands;

// Which organisation a member represents: their own, or anyone's for a moderator.
public sealed record SetOrganisation(string? UserId, string? Organisation) : WerkgroepCommand;
