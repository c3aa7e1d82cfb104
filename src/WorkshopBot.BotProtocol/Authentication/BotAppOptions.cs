namespace WorkshopBot.BotProtocol.Authentication;

// Bound from the configuration root because Azure Bot Service templates, App Service settings
// and the Teams Toolkit all use these exact top-level keys.
public sealed class BotAppOptions
{
    public BotAppType MicrosoftAppType { get; set; } = BotAppType.SingleTenant;

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    // No app id means local development: anonymous inbound calls, no outbound token.
    public bool HasAppId => !string.IsNullOrWhiteSpace(MicrosoftAppId);
}
