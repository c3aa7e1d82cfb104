namespace WorkshopBot.BotProtocol.Connector;

internal static class BotConnectorScopes
{
    public const string Default = "https://api.botframework.com/.default";

    public const string AuthorityHost = "https://login.microsoftonline.com/";

    // Multi-tenant registrations get tokens from the botframework.com tenant.
    public const string MultiTenantTenant = "botframework.com";
}
