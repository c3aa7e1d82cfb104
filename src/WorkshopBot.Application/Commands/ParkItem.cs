namespace WorkshopBot.Application.Commands;

// Moderator: sets a formal item aside (geparkeerd) without deleting it; UnparkItem brings it back to draft.
public sealed record ParkItem(WorkshopBot.Domain.Items.FormalItemKind Kind, string ItemId) : WerkgroepCommand;
