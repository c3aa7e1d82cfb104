namespace WorkshopBot.Cards;

public sealed record CompassStep(int Number, string Name, string Question, string Explanation, string Example);
