using Microsoft.Extensions.DependencyInjection;

namespace WorkshopBot.TestKit.Hosting;

// What differs between the tests that start the real host: its configuration, its environment and the
// services a test swaps in.
public sealed record BotHostOptions
{
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    public string Environment { get; init; } = "Development";

    // Runs before the app registers its own services, so it replaces what the app adds with TryAdd:
    // IBotTokenProvider (with an app id set, MSAL would try to reach login.microsoftonline.com; use
    // FixedBotTokenProvider), IBotTokenValidator, TimeProvider.
    public Action<IServiceCollection>? ConfigureServices { get; init; }
}
