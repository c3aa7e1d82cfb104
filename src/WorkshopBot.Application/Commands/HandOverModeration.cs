namespace WorkshopBot.Application.Commands;

// Moderator: hands the role over to a member and stays a member.
public sealed record HandOverModeration(string UserId) : WerkgroepCommand;
