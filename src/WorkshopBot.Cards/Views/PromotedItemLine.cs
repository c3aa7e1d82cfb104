using WorkshopBot.Domain.Items;

namespace WorkshopBot.Cards.Views;

public sealed record PromotedItemLine(FormalItemKind Kind, string Text);
