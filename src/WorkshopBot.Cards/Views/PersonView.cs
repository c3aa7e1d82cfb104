namespace WorkshopBot.Cards.Views;

public sealed record PersonView(string Name, string? Organisation);
