using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using WorkshopBot.BotProtocol.Hosting;

namespace WorkshopBot.Web.Identity;

// The JwtBearer scheme for the token the tab gets from microsoftTeams.authentication.getAuthToken(): an
// Entra ID access token issued to our SSO app registration. Audience is our client id (or its api://
// URI), the issuer must be the token's own tenant, and — for single-tenant setups — that tenant must be
// ours. Signing keys come from Board:SsoOpenIdMetadataUrl (tests serve their own on 127.0.0.1).
public static class TeamsSsoBearer
{
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256];

    public static void Configure(JwtBearerOptions jwt, BoardIdentityOptions options)
    {
        jwt.MapInboundClaims = false;
        jwt.ConfigurationManager = OpenIdKeySources.Create(options.SsoOpenIdMetadataUrl, OpenIdKeySources.CreateHttpClient());
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            AudienceValidator = (audiences, _, _) => audiences.Any(audience => IsOurAudience(audience, options.SsoClientId!)),
            IssuerValidator = (issuer, token, _) => ValidateIssuer(issuer, token, options.SsoTenantId),
            ValidAlgorithms = Algorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromMinutes(5),
        };
        jwt.Events = new JwtBearerEvents
        {
            OnMessageReceived = context =>
            {
                if (string.IsNullOrWhiteSpace(options.SsoClientId))
                {
                    context.Fail("Board:SsoClientId is not configured.");
                }

                return Task.CompletedTask;
            },
            // A failure that is not about the token (the OpenID metadata or its keys cannot be fetched) is
            // not the caller's fault: it becomes SignInUnavailableException, answered 503, never a 500.
            // The token handler reads the metadata itself and, when it cannot, reports "no signing key";
            // whether that is the token's fault is asked of the (cached) metadata.
            OnAuthenticationFailed = async context =>
            {
                var exception = context.Exception;
                if (exception is SignInUnavailableException)
                {
                    return;
                }

                // A malformed token fails with its own (non-token) exception too: only a metadata
                // document that cannot be read now makes it unavailability.
                var mayBeMetadata = exception is not SecurityTokenException or SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException;
                if (mayBeMetadata && !await MetadataReadableAsync(context.Options, context.HttpContext.RequestAborted))
                {
                    context.Fail(new SignInUnavailableException(exception));
                }
            },
            OnTokenValidated = context =>
            {
                var token = (JsonWebToken)context.SecurityToken;
                if (Claim(token, "oid") is not { } objectId || Claim(token, "tid") is not { } tenantId)
                {
                    context.Fail("The token has no oid or tid.");
                    return Task.CompletedTask;
                }

                if (!IsDelegated(token))
                {
                    context.Fail("App-only tokens do not sign a person in.");
                    return Task.CompletedTask;
                }

                context.Principal = new BoardCaller(BoardCallerKind.TeamsUser, objectId, Claim(token, "name"), tenantId).ToPrincipal(context.Scheme.Name);
                return Task.CompletedTask;
            },
        };
    }

    private static async Task<bool> MetadataReadableAsync(JwtBearerOptions options, CancellationToken cancellationToken)
    {
        if (options.ConfigurationManager is not { } manager)
        {
            return true;
        }

        try
        {
            await manager.GetConfigurationAsync(cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return false;
        }
    }

    // The board acts for a person: the token must carry delegated scopes (scp). An application's own
    // token (client credentials) has roles and no scp, and says so in idtyp ("app") when the app
    // registration asks for that optional claim.
    private static bool IsDelegated(JsonWebToken token) =>
        Claim(token, "scp") is not null
        && !string.Equals(Claim(token, "idtyp"), "app", StringComparison.OrdinalIgnoreCase);

    private static bool IsOurAudience(string audience, string clientId) =>
        string.Equals(audience, clientId, StringComparison.OrdinalIgnoreCase)
        // Teams SSO audiences look like api://<host>/<client id> (or api://<client id>).
        || (audience.StartsWith("api://", StringComparison.OrdinalIgnoreCase)
            && audience.EndsWith("/" + clientId, StringComparison.OrdinalIgnoreCase))
        || string.Equals(audience, $"api://{clientId}", StringComparison.OrdinalIgnoreCase);

    private static string ValidateIssuer(string issuer, SecurityToken token, string? requiredTenantId)
    {
        var tenantId = token is JsonWebToken jwt ? Claim(jwt, "tid") : null;
        if (tenantId is null)
        {
            throw new SecurityTokenInvalidIssuerException("Token has no tenant.");
        }

        if (!string.IsNullOrWhiteSpace(requiredTenantId) && !string.Equals(tenantId, requiredTenantId, StringComparison.OrdinalIgnoreCase))
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
}
