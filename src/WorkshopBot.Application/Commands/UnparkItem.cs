namespace WorkshopBot.Application.Commands;

// Moderator: brings a parked formal item back to draft (concept).
public sealed record UnparkItem(WorkshopBot.Domain.Items.FormalItemKind Kind, string ItemId) : WerkgroepCommand;
