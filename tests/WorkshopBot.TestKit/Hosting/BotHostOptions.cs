using Microsoft.Extensions.DependencyInjection;

namespace WorkshopBot.TestKit.Hosting;

// What differs between the tests that start the real host: its configuration, its environment and the
// services a test swaps in.
public sealed record BotHostOptions
{
    // Outside Development the host refuses to start without a bot app id and the board's tenant (the
    // deployed shape, issue 13): tests that start it in Production add these to their settings.
    public static IReadOnlyDictionary<string, string?> DeployedIdentity { get; } = new Dictionary<string, string?>
    {
        ["MicrosoftAppType"] = "UserAssignedMSI",
        ["MicrosoftAppId"] = "0d7a3a5e-5b8e-4c52-9a57-6f3a1d0c2b11",
        ["MicrosoftAppTenantId"] = "5f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b",
        ["Board:SsoTenantId"] = "5f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b",
    };

    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    public string Environment { get; init; } = "Development";

    // Runs before the app registers its own services, so it replaces what the app adds with TryAdd:
    // IBotTokenProvider (with an app id set, MSAL would try to reach login.microsoftonline.com; use
    // FixedBotTokenProvider), IBotTokenValidator, TimeProvider.
    public Action<IServiceCollection>? ConfigureServices { get; init; }
}
