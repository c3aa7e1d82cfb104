using WorkshopBot.Domain.Items;

namespace WorkshopBot.Cards.Views;

// One formal item of the step as the step card lists it: enough to name it, show its status and act on it
// (open its card, vaststellen) with the same data the item card sends.
public sealed record StepItemView(string ItemId, FormalItemKind Kind, long Version, string Title, ItemStatus Status);
