using System.Net;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using WorkshopBot.BotProtocol.Authentication;

namespace WorkshopBot.BotProtocol.Hosting;

// Cached OpenID metadata + JWKS, for the Bot Framework channel tokens and the board's Teams SSO tokens
// alike. Keys refresh automatically every 12 hours (Microsoft asks for at least daily) and on demand when
// a token names an unknown kid, at most every 5 minutes.
public static class OpenIdKeySources
{
    public static ConfigurationManager<OpenIdConnectConfiguration> Create(string metadataUrl, HttpClient httpClient)
    {
        var uri = new Uri(metadataUrl, UriKind.Absolute);
        var retriever = new HttpDocumentRetriever(httpClient) { RequireHttps = MetadataUrls.RequiresHttps(uri) };
        return new ConfigurationManager<OpenIdConnectConfiguration>(metadataUrl, new OpenIdConnectConfigurationRetriever(), retriever)
        {
            AutomaticRefreshInterval = TimeSpan.FromHours(12),
            RefreshInterval = TimeSpan.FromMinutes(5),
        };
    }

    public static HttpClient CreateHttpClient() => new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(15),
        AutomaticDecompression = DecompressionMethods.All,
    })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };
}
