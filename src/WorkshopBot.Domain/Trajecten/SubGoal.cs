namespace WorkshopBot.Domain.Trajecten;

public sealed record SubGoal(string Id, string Text);
