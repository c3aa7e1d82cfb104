namespace WorkshopBot.Cards.Views;

public sealed record ResultOption(string ItemId, string Text);
