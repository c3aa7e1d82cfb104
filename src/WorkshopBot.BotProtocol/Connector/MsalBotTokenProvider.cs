using Microsoft.Identity.Client;
using WorkshopBot.BotProtocol.Authentication;

namespace WorkshopBot.BotProtocol.Connector;

// Client-credentials flow; MSAL keeps the token in its in-memory app cache and renews it
// before expiry, so calling it per request is cheap.
internal sealed class MsalBotTokenProvider : IBotTokenProvider
{
    private static readonly string[] Scopes = [BotConnectorScopes.Default];

    private readonly IConfidentialClientApplication client;

    public MsalBotTokenProvider(BotAppOptions options)
    {
        var tenant = options.MicrosoftAppType == BotAppType.MultiTenant
            ? BotConnectorScopes.MultiTenantTenant
            : options.MicrosoftAppTenantId;
        Authority = BotConnectorScopes.AuthorityHost + tenant;
        client = ConfidentialClientApplicationBuilder
            .Create(options.MicrosoftAppId)
            .WithClientSecret(options.MicrosoftAppPassword)
            .WithAuthority(Authority)
            .Build();
    }

    public string Authority { get; }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var result = await client.AcquireTokenForClient(Scopes).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }
}
