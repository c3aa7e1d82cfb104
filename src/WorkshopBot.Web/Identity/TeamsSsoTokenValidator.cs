using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace WorkshopBot.Web.Identity;

// Validates the token the tab gets from microsoftTeams.authentication.getAuthToken(): an Entra ID
// access token issued to our SSO app registration. Audience is our client id (or its api:// URI),
// the issuer must be the token's own tenant, and — for single-tenant setups — that tenant must be ours.
public sealed class TeamsSsoTokenValidator : ITeamsSsoTokenValidator
{
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256];
    private readonly BoardIdentityOptions options;
    private readonly IConfigurationManager<OpenIdConnectConfiguration> metadata;
    private readonly JsonWebTokenHandler handler = new();

    public TeamsSsoTokenValidator(IOptions<BoardIdentityOptions> options)
        : this(options.Value, CreateMetadataManager(options.Value.SsoOpenIdMetadataUrl))
    {
    }

    public TeamsSsoTokenValidator(BoardIdentityOptions options, IConfigurationManager<OpenIdConnectConfiguration> metadata)
    {
        this.options = options;
        this.metadata = metadata;
    }

    public async Task<BoardCaller?> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.SsoClientId) || string.IsNullOrWhiteSpace(token))
        {
            return null;
        }

        var configuration = await metadata.GetConfigurationAsync(cancellationToken);
        var parameters = new TokenValidationParameters
        {
            ValidAudiences = [options.SsoClientId, $"api://{options.SsoClientId}"],
            AudienceValidator = (audiences, _, _) => audiences.Any(IsOurAudience),
            IssuerValidator = ValidateIssuer,
            IssuerSigningKeys = configuration.SigningKeys,
            ValidAlgorithms = Algorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromMinutes(5),
        };

        var result = await handler.ValidateTokenAsync(token, parameters);
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
        {
            return null;
        }

        var objectId = Claim(jwt, "oid");
        var tenantId = Claim(jwt, "tid");
        if (objectId is null || tenantId is null)
        {
            return null;
        }

        return new BoardCaller(BoardCallerKind.TeamsUser, objectId, Claim(jwt, "name"), tenantId);
    }

    private bool IsOurAudience(string audience) =>
        string.Equals(audience, options.SsoClientId, StringComparison.OrdinalIgnoreCase)
        // Teams SSO audiences look like api://<host>/<client id> (or api://<client id>).
        || (audience.StartsWith("api://", StringComparison.OrdinalIgnoreCase)
            && audience.EndsWith("/" + options.SsoClientId, StringComparison.OrdinalIgnoreCase))
        || string.Equals(audience, $"api://{options.SsoClientId}", StringComparison.OrdinalIgnoreCase);

    private string ValidateIssuer(string issuer, SecurityToken token, TokenValidationParameters parameters)
    {
        var tenantId = token is JsonWebToken jwt ? Claim(jwt, "tid") : null;
        if (tenantId is null)
        {
            throw new SecurityTokenInvalidIssuerException("Token has no tenant.");
        }

        if (!string.IsNullOrWhiteSpace(options.SsoTenantId) && !string.Equals(tenantId, options.SsoTenantId, StringComparison.OrdinalIgnoreCase))
        {
            throw new SecurityTokenInvalidIssuerException("Token is from another tenant.");
        }

        var v2 = $"https://login.microsoftonline.com/{tenantId}/v2.0";
        var v1 = $"https://sts.windows.net/{tenantId}/";
        if (string.Equals(issuer, v2, StringComparison.OrdinalIgnoreCase) || string.Equals(issuer, v1, StringComparison.OrdinalIgnoreCase))
        {
            return issuer;
        }

        throw new SecurityTokenInvalidIssuerException("Unexpected issuer.");
    }

    private static string? Claim(JsonWebToken jwt, string type) =>
        jwt.TryGetPayloadValue<string>(type, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    private static ConfigurationManager<OpenIdConnectConfiguration> CreateMetadataManager(string metadataUrl)
    {
        var uri = new Uri(metadataUrl);
        // Plain http only for a metadata document on loopback (tests serve their own keys there).
        var requireHttps = !(uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var ip) && IPAddress.IsLoopback(ip)));
        return new ConfigurationManager<OpenIdConnectConfiguration>(
            metadataUrl,
            new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever { RequireHttps = requireHttps })
        {
            AutomaticRefreshInterval = TimeSpan.FromHours(12),
        };
    }
}
