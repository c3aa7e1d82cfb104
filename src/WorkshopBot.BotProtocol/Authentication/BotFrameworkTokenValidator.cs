using System.Collections;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using WorkshopBot.BotProtocol.Schema;

namespace WorkshopBot.BotProtocol.Authentication;

// Inbound authentication of PROTOCOL.md §2, modelled on botbuilder's ChannelValidation and
// EndorsementsValidator:
// https://github.com/microsoft/botbuilder-dotnet/tree/main/libraries/Microsoft.Bot.Connector/Authentication
// The optional Entra ID (emulator) path of §2.2 is not offered: its tokens carry no serviceurl claim, so
// the activity's service URL (which then receives our outbound token) would be bound to nothing, and a
// token of any tenant whose appid/azp is our app id would pass. Local runs use the anonymous path.
public sealed class BotFrameworkTokenValidator : IBotTokenValidator
{
    private const string BearerPrefix = "Bearer ";
    private const string EndorsementsKey = "endorsements";
    private const string ServiceUrlClaim = "serviceurl";

    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly BotAppOptions app;
    private readonly BotFrameworkOptions options;
    private readonly IConfigurationManager<OpenIdConnectConfiguration> channelKeys;
    private readonly TimeProvider timeProvider;
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };

    public BotFrameworkTokenValidator(
        BotAppOptions app,
        BotFrameworkOptions options,
        IConfigurationManager<OpenIdConnectConfiguration> channelKeys,
        TimeProvider timeProvider)
    {
        this.app = app;
        this.options = options;
        this.channelKeys = channelKeys;
        this.timeProvider = timeProvider;
    }

    public bool IsHeaderAcceptable(string? authorizationHeader) =>
        !string.IsNullOrWhiteSpace(authorizationHeader) || !app.HasAppId;

    public async Task<BotAuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return app.HasAppId
                ? BotAuthenticationResult.Failure("No Authorization header while an app id is configured.")
                : BotAuthenticationResult.Success(BotCallerIdentity.Anonymous);
        }

        if (!app.HasAppId)
        {
            // Without an app id there is no audience to check a token against.
            return BotAuthenticationResult.Failure("A token was presented but no MicrosoftAppId is configured.");
        }

        if (!authorizationHeader.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return BotAuthenticationResult.Failure("Authorization header is not a Bearer token.");
        }

        var token = authorizationHeader[BearerPrefix.Length..].Trim();
        string? issuer;
        try
        {
            issuer = handler.CanReadToken(token) ? handler.ReadJsonWebToken(token).Issuer : null;
        }
        catch (ArgumentException)
        {
            issuer = null;
        }

        if (issuer is null)
        {
            return BotAuthenticationResult.Failure("Bearer token is not a readable JWT.");
        }

        if (string.Equals(issuer, options.Issuer, StringComparison.Ordinal))
        {
            return await AuthenticateChannelAsync(token, activity, cancellationToken);
        }

        return BotAuthenticationResult.Failure("Token issuer is not trusted.");
    }

    private async Task<BotAuthenticationResult> AuthenticateChannelAsync(string token, Activity activity, CancellationToken cancellationToken)
    {
        var validated = await ValidateWithRefreshAsync(
            token,
            channelKeys,
            keys =>
            {
                var parameters = BaseParameters(keys);
                parameters.ValidIssuer = options.Issuer;
                return parameters;
            },
            cancellationToken);
        if (validated.Failure is not null)
        {
            return BotAuthenticationResult.Failure(validated.Failure);
        }

        var (result, configuration) = (validated.Result!, validated.Configuration!);

        // Endorsements: the key that signed the token must be endorsed for the channel the
        // activity claims to come from.
        var keyId = result.SecurityToken.SigningKey?.KeyId ?? ((JsonWebToken)result.SecurityToken).Kid;
        var endorsements = ReadEndorsements(configuration, keyId);
        if (string.IsNullOrEmpty(activity.ChannelId)
            || !endorsements.Contains(activity.ChannelId, StringComparer.OrdinalIgnoreCase))
        {
            return BotAuthenticationResult.Failure("Signing key is not endorsed for the activity's channel.");
        }

        var serviceUrl = result.ClaimsIdentity.FindFirst(ServiceUrlClaim)?.Value;
        if (string.IsNullOrEmpty(serviceUrl)
            || !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return BotAuthenticationResult.Failure("Token serviceurl claim does not match the activity.");
        }

        return BotAuthenticationResult.Success(new BotCallerIdentity(BotCallerKind.BotFrameworkChannel, app.MicrosoftAppId, activity.TenantId));
    }

    private TokenValidationParameters BaseParameters(ICollection<SecurityKey> keys) => new()
    {
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidAudience = app.MicrosoftAppId,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ClockSkew = ClockSkew,
        ValidAlgorithms = AllowedAlgorithms,
        IssuerSigningKeys = keys,
        // The kid must name a published key; trying every key would let a token signed by a
        // known key under a different kid skip the endorsement lookup.
        TryAllIssuerSigningKeys = false,
        LifetimeValidator = IsWithinLifetime,
    };

    // Our own lifetime check so the clock is the injected TimeProvider (testable without sleeping).
    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        if (expires is null || expires.Value.ToUniversalTime() < now - ClockSkew)
        {
            return false;
        }

        return notBefore is null || notBefore.Value.ToUniversalTime() <= now + ClockSkew;
    }

    private async Task<ValidatedToken> ValidateWithRefreshAsync(
        string token,
        IConfigurationManager<OpenIdConnectConfiguration> keySource,
        Func<ICollection<SecurityKey>, TokenValidationParameters> parameters,
        CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            OpenIdConnectConfiguration configuration;
            try
            {
                configuration = await keySource.GetConfigurationAsync(cancellationToken);
            }
            catch (InvalidOperationException ex)
            {
                // Metadata could not be fetched (and nothing is cached): the caller cannot be
                // verified, which is a 401, not a 500.
                return new ValidatedToken(null, null, $"Signing keys are unavailable: {ex.GetType().Name}.");
            }

            var result = await handler.ValidateTokenAsync(token, parameters(configuration.SigningKeys));
            if (result.IsValid)
            {
                return new ValidatedToken(result, configuration, null);
            }

            // Keys roll over: an unknown kid triggers one metadata refresh (ConfigurationManager
            // throttles refreshes, so a flood of bad tokens cannot hammer the metadata endpoint).
            if (attempt == 0 && result.Exception is SecurityTokenSignatureKeyNotFoundException)
            {
                keySource.RequestRefresh();
                continue;
            }

            return new ValidatedToken(null, null, $"Token rejected: {result.Exception?.GetType().Name ?? "invalid"}.");
        }
    }

    private static IReadOnlyList<string> ReadEndorsements(OpenIdConnectConfiguration configuration, string? keyId)
    {
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));
        if (key is null || !key.AdditionalData.TryGetValue(EndorsementsKey, out var raw) || raw is null)
        {
            return [];
        }

        return raw switch
        {
            string single => [single],
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.String)
                .Select(e => e.GetString()!)
                .ToList(),
            IEnumerable items => items.Cast<object?>().Select(o => o?.ToString()).OfType<string>().ToList(),
            _ => [],
        };
    }

    private sealed record ValidatedToken(TokenValidationResult? Result, OpenIdConnectConfiguration? Configuration, string? Failure);
}
