namespace WorkshopBot.Cards.Views;

public sealed record AmbitionView(string Text, IReadOnlyList<string> SubGoals);
