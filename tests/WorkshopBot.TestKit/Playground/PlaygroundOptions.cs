namespace WorkshopBot.TestKit.Playground;

/// <param name="BotEndpoint">The bot's messaging endpoint, e.g. http://127.0.0.1:5123/api/messages.</param>
/// <param name="ConfigPath">Mock tenant file; null means the repository's .m365agentsplayground.yml.</param>
/// <param name="Port">Port to listen on; null picks a free loopback port.</param>
public sealed record PlaygroundOptions(
    Uri BotEndpoint,
    string? ConfigPath = null,
    int? Port = null)
{
    public TimeSpan StartupTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
