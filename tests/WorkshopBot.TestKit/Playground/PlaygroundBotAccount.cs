namespace WorkshopBot.TestKit.Playground;

public sealed record PlaygroundBotAccount(string Id, string Name);
