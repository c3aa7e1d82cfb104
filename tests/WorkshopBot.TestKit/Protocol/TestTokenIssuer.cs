using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace WorkshopBot.TestKit.Protocol;

// A local stand-in for the Bot Framework / Entra key sets: RSA keys, a JWKS (with the
// Bot Framework "endorsements" extension), an OpenID configuration document, and signed tokens.
// Unit tests hand CreateConfigurationManager() to the validator; integration tests serve
// JwksJson / OpenIdConfigurationJson on 127.0.0.1 (LoopbackOpenIdServer).
public sealed class TestTokenIssuer : IDisposable
{
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string ChannelId = "msteams";

    // RSA key generation is slow on small CI machines; one key set per test process is enough
    // because tokens differ by claims and times, not by key material.
    private static readonly Lazy<Dictionary<TestSigningKey, (RSA Rsa, string Kid)>> SharedKeys = new(() => new()
    {
        [TestSigningKey.Channel] = (RSA.Create(2048), "test-channel-key"),
        [TestSigningKey.Unendorsed] = (RSA.Create(2048), "test-unendorsed-key"),
        [TestSigningKey.Entra] = (RSA.Create(2048), "test-entra-key"),
        [TestSigningKey.Unknown] = (RSA.Create(2048), "test-unknown-key"),
    });

    private readonly Dictionary<TestSigningKey, (RSA Rsa, string Kid)> keys = SharedKeys.Value;
    private readonly TimeProvider timeProvider;
    private readonly JsonWebTokenHandler handler = new() { SetDefaultTimesOnTokenCreation = false };

    public TestTokenIssuer(TimeProvider? timeProvider = null)
    {
        this.timeProvider = timeProvider ?? TimeProvider.System;
        JwksJson = BuildJwks(rolledOver: false);
        RolledOverJwksJson = BuildJwks(rolledOver: true);
    }

    public string JwksJson { get; }

    // The key set after a rollover: the Unknown key is now published and endorsed for msteams.
    public string RolledOverJwksJson { get; }

    public string KeyId(TestSigningKey key) => keys[key].Kid;

    public string OpenIdConfigurationJson(string jwksUri, string issuer = ChannelIssuer) => new JsonObject
    {
        ["issuer"] = issuer,
        ["authorization_endpoint"] = "https://invalid.example/authorize",
        ["jwks_uri"] = jwksUri,
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
    }.ToJsonString();

    // The configuration a ConfigurationManager would produce after fetching the documents.
    public OpenIdConnectConfiguration CreateConfiguration(string issuer = ChannelIssuer)
    {
        var configuration = new OpenIdConnectConfiguration(OpenIdConfigurationJson("https://jwks.invalid/keys", issuer))
        {
            JsonWebKeySet = new JsonWebKeySet(JwksJson),
        };
        foreach (var key in configuration.JsonWebKeySet.GetSigningKeys())
        {
            configuration.SigningKeys.Add(key);
        }

        return configuration;
    }

    public IConfigurationManager<OpenIdConnectConfiguration> CreateConfigurationManager(string issuer = ChannelIssuer) =>
        new StaticConfigurationManager<OpenIdConnectConfiguration>(CreateConfiguration(issuer));

    // A Bot Framework channel token as Teams sends it: iss api.botframework.com, aud = app id,
    // serviceurl claim, signed with the endorsed channel key.
    public TestToken ChannelToken(string appId, string serviceUrl)
    {
        var now = timeProvider.GetUtcNow();
        return new TestToken
        {
            Issuer = ChannelIssuer,
            Audience = appId,
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddHours(1),
            Key = TestSigningKey.Channel,
        }.WithClaim("serviceurl", serviceUrl);
    }

    // An Entra ID token issued to the bot's own app id (emulator path). version "1.0" uses the
    // sts.windows.net issuer and appid; "2.0" the login.microsoftonline.com issuer and azp.
    public TestToken EntraToken(string appId, string tenantId, string version = "2.0")
    {
        var now = timeProvider.GetUtcNow();
        var token = new TestToken
        {
            Issuer = version == "1.0" ? $"https://sts.windows.net/{tenantId}/" : $"https://login.microsoftonline.com/{tenantId}/v2.0",
            Audience = appId,
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddHours(1),
            Key = TestSigningKey.Entra,
        };
        return token
            .WithClaim("ver", version)
            .WithClaim("tid", tenantId)
            .WithClaim(version == "1.0" ? "appid" : "azp", appId);
    }

    public string Sign(TestToken token)
    {
        var (rsa, kid) = keys[token.Key];
        return handler.CreateToken(Descriptor(token, new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = kid }, token.Algorithm)));
    }

    // alg "none": header.payload. with an empty signature.
    public string SignNone(TestToken token)
    {
        var header = Base64UrlEncoder.Encode(JsonSerializer.Serialize(new { alg = "none", typ = "JWT" }));
        var unsigned = handler.CreateToken(Descriptor(token, null));
        var payload = unsigned.Split('.')[1];
        return $"{header}.{payload}.";
    }

    // HS256 "signed" with the public modulus of the channel key: the classic key-confusion attack.
    public string SignHmac(TestToken token)
    {
        var (rsa, kid) = keys[TestSigningKey.Channel];
        var secret = rsa.ExportParameters(false).Modulus!;
        var credentials = new SigningCredentials(new SymmetricSecurityKey(secret) { KeyId = kid }, SecurityAlgorithms.HmacSha256);
        return handler.CreateToken(Descriptor(token, credentials));
    }

    // The shared keys live for the whole test process.
    public void Dispose()
    {
    }

    private static SecurityTokenDescriptor Descriptor(TestToken token, SigningCredentials? credentials) => new()
    {
        Issuer = token.Issuer,
        Audience = token.Audience,
        IssuedAt = token.NotBefore.UtcDateTime,
        NotBefore = token.NotBefore.UtcDateTime,
        Expires = token.Expires.UtcDateTime,
        Claims = token.Claims.ToDictionary(c => c.Key, c => c.Value),
        SigningCredentials = credentials,
    };

    private string BuildJwks(bool rolledOver)
    {
        var array = new JsonArray();
        foreach (var (key, (rsa, kid)) in keys)
        {
            if (key == TestSigningKey.Unknown && !rolledOver)
            {
                continue;
            }

            var parameters = rsa.ExportParameters(false);
            var jwk = new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = kid,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            };
            if (key is TestSigningKey.Channel or TestSigningKey.Unknown)
            {
                jwk["endorsements"] = new JsonArray(ChannelId, "emulator");
            }
            else if (key == TestSigningKey.Unendorsed)
            {
                jwk["endorsements"] = new JsonArray("webchat");
            }

            array.Add(jwk);
        }

        return new JsonObject { ["keys"] = array }.ToJsonString();
    }
}
