namespace WorkshopBot.Cards.Views;

public sealed record CreateTrajectView(string? Name = null, string? Gemeente = null, string? Theme = null, string? Ambitions = null, string? Error = null);
