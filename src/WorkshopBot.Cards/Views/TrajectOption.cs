namespace WorkshopBot.Cards.Views;

public sealed record TrajectOption(string TrajectId, string Name, string? Gemeente);
