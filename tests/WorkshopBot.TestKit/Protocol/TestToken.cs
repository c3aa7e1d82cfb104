namespace WorkshopBot.TestKit.Protocol;

// Everything a test may vary about a token; start from TestTokenIssuer.ChannelToken / EntraToken
// and change one thing with `with`.
public sealed record TestToken
{
    public required string Issuer { get; init; }

    public required string Audience { get; init; }

    public required DateTimeOffset NotBefore { get; init; }

    public required DateTimeOffset Expires { get; init; }

    public IReadOnlyDictionary<string, object> Claims { get; init; } = new Dictionary<string, object>();

    public TestSigningKey Key { get; init; } = TestSigningKey.Channel;

    // RS256, RS384 or RS512 for RSA keys.
    public string Algorithm { get; init; } = "RS256";

    public TestToken WithClaim(string name, object value) =>
        this with { Claims = new Dictionary<string, object>(Claims) { [name] = value } };

    public TestToken WithoutClaim(string name)
    {
        var claims = new Dictionary<string, object>(Claims);
        claims.Remove(name);
        return this with { Claims = claims };
    }
}
