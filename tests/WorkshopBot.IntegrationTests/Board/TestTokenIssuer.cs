using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace WorkshopBot.IntegrationTests.Board;

// Stands in for Entra ID: serves an OpenID metadata document and a JWKS with a test RSA key on
// 127.0.0.1, and mints Teams SSO-style access tokens signed with that key.
internal sealed class TestTokenIssuer : IAsyncDisposable
{
    public const string ClientId = "11111111-2222-3333-4444-555555555555";

    private readonly RSA _rsa = RSA.Create(2048);
    private readonly RsaSecurityKey _key;
    private WebApplication? _app;

    public TestTokenIssuer()
    {
        _key = new RsaSecurityKey(_rsa) { KeyId = "test-key-1" };
    }

    public string MetadataUrl { get; private set; } = "";

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        _app.MapGet("/.well-known/openid-configuration", (HttpContext http) => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = "https://login.microsoftonline.com/{tenantid}/v2.0",
            ["jwks_uri"] = $"http://{http.Request.Host}/keys",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        _app.MapGet("/keys", () => Results.Json(new Dictionary<string, object>
        {
            ["keys"] = new[]
            {
                new Dictionary<string, string>
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["kid"] = _key.KeyId,
                    ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                    ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                },
            },
        }));
        await _app.StartAsync();
        MetadataUrl = $"{_app.Urls.First()}/.well-known/openid-configuration";
    }

    // A delegated token (scp), as getAuthToken() hands it to the tab.
    public string Token(string tenantId, string objectId, string name, TimeSpan? lifetime = null) =>
        Token(tenantId, objectId, name, lifetime, new Dictionary<string, object> { ["scp"] = "access_as_user" });

    // An application's own token (client credentials): roles instead of scp, idtyp "app".
    public string AppOnlyToken(string tenantId, string objectId) =>
        Token(tenantId, objectId, "Daemon", null, new Dictionary<string, object> { ["roles"] = new[] { "Boards.Read.All" }, ["idtyp"] = "app" });

    private string Token(string tenantId, string objectId, string name, TimeSpan? lifetime, Dictionary<string, object> extra)
    {
        var now = DateTime.UtcNow;
        var expires = now + (lifetime ?? TimeSpan.FromHours(1));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = $"https://login.microsoftonline.com/{tenantId}/v2.0",
            Audience = $"api://localhost/{ClientId}",
            IssuedAt = expires.AddHours(-2),
            NotBefore = expires.AddHours(-2),
            Expires = expires,
            Claims = new Dictionary<string, object>(extra) { ["oid"] = objectId, ["tid"] = tenantId, ["name"] = name },
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
        });
    }

    // Entra's metadata endpoint goes away (tests of a sign-in that cannot be checked).
    public async Task StopMetadataAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _rsa.Dispose();
    }
}
