namespace WorkshopBot.Deployment.Tests;

internal static class SampleValues
{
    public const string AppId = "6f1c3a52-0b7e-4f44-9d1a-3a5f0c2e9b71";
    public const string BotId = "0d2b7c6e-8f1a-4c3b-a9e5-7b4d2c1f8e60";
    public const string SsoClientId = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    public const string HostName = "workshopbot-abc123.azurewebsites.net";

    public static Dictionary<string, string> Create() => new()
    {
        ["APP_ID"] = AppId,
        ["BOT_ID"] = BotId,
        ["SSO_CLIENT_ID"] = SsoClientId,
        ["HOST_NAME"] = HostName,
    };
}
