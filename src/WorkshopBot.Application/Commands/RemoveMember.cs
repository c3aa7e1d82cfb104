namespace WorkshopBot.Application.Commands;

// Moderator: removes a member (or co-moderator) from the werkgroep; their notes stay.
public sealed record RemoveMember(string UserId) : WerkgroepCommand;
