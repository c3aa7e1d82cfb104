namespace WorkshopBot.Cards.Views;

public sealed record SummaryActivityView(string Name, string? Owner);
