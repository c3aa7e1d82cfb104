namespace WorkshopBot.Cards.Views;

public sealed record TimerEndedView(string WerkgroepId, string WerkgroepName, int Step, string? BoardUrl = null);
