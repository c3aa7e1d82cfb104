using Azure.Core;
using Azure.Identity;
using WorkshopBot.BotProtocol.Authentication;

namespace WorkshopBot.BotProtocol.Connector;

// UserAssignedMSI: MicrosoftAppId is the client id of the user-assigned identity.
internal sealed class ManagedIdentityBotTokenProvider : IBotTokenProvider
{
    private static readonly TokenRequestContext Request = new([BotConnectorScopes.Default]);

    private readonly ManagedIdentityCredential credential;

    public ManagedIdentityBotTokenProvider(BotAppOptions options)
    {
        ClientId = options.MicrosoftAppId!;
        credential = new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(ClientId));
    }

    public string ClientId { get; }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var token = await credential.GetTokenAsync(Request, cancellationToken);
        return token.Token;
    }
}
