namespace WorkshopBot.Application.Commands;

// Moderator: marks a formal item vastgesteld.
public sealed record AcceptItem(WorkshopBot.Domain.Items.FormalItemKind Kind, string ItemId) : WerkgroepCommand;
