namespace WorkshopBot.TestKit.Playground;

// Channels[0] is General, whose id equals the team id.
public sealed record PlaygroundTeam(
    string Id,
    string Name,
    string AadGroupId,
    IReadOnlyList<PlaygroundChannel> Channels,
    IReadOnlyList<string> Members);
