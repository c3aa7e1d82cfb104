namespace WorkshopBot.TestKit.Playground;

// Members are the ids of the configured users; the current user is a member too but not listed.
public sealed record PlaygroundGroupChat(string Id, string Name, IReadOnlyList<string> Members);
