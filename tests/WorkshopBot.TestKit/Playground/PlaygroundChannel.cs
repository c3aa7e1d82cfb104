namespace WorkshopBot.TestKit.Playground;

public sealed record PlaygroundChannel(string Id, string Name, string ChannelType);
