namespace WorkshopBot.Domain;

public sealed record Person(string UserId, string Name);
