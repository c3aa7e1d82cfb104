using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace WorkshopBot.TestKit.Protocol;

// Serves a TestTokenIssuer's OpenID documents on 127.0.0.1 so the real ConfigurationManager
// path (BotFramework:OpenIdMetadataUrl / EntraOpenIdMetadataUrl) can be exercised.
public sealed class LoopbackOpenIdServer : IAsyncDisposable
{
    private readonly LoopbackServer server;
    private int metadataRequests;
    private volatile bool rolledOver;

    private LoopbackOpenIdServer(LoopbackServer server)
    {
        this.server = server;
    }

    public string MetadataUrl => server.BaseUrl + "/v1/.well-known/openidconfiguration";

    public string EntraMetadataUrl => server.BaseUrl + "/common/v2.0/.well-known/openid-configuration";

    public int MetadataRequests => Volatile.Read(ref metadataRequests);

    public static async Task<LoopbackOpenIdServer> StartAsync(TestTokenIssuer issuer, CancellationToken cancellationToken = default)
    {
        LoopbackOpenIdServer? self = null;
        var server = await LoopbackServer.StartAsync(
            app =>
            {
                app.MapGet("/v1/.well-known/openidconfiguration", (HttpContext context) =>
                {
                    Interlocked.Increment(ref self!.metadataRequests);
                    return Results.Text(issuer.OpenIdConfigurationJson(BaseOf(context) + "/keys"), "application/json");
                });
                app.MapGet("/common/v2.0/.well-known/openid-configuration", (HttpContext context) =>
                    Results.Text(issuer.OpenIdConfigurationJson(BaseOf(context) + "/keys", "https://login.microsoftonline.com/{tenantid}/v2.0"), "application/json"));
                app.MapGet("/keys", () => Results.Text(self!.rolledOver ? issuer.RolledOverJwksJson : issuer.JwksJson, "application/json"));
            },
            cancellationToken);
        self = new LoopbackOpenIdServer(server);
        return self;
    }

    // Simulates Microsoft publishing a new signing key (TestSigningKey.Unknown).
    public void RollOverKeys() => rolledOver = true;

    public ValueTask DisposeAsync() => server.DisposeAsync();

    private static string BaseOf(HttpContext context) => $"{context.Request.Scheme}://{context.Request.Host}";
}
