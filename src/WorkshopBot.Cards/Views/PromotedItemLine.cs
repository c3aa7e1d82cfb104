namespace WorkshopBot.Cards.Views;

public sealed record PromotedItemLine(ItemKind Kind, string Text);
