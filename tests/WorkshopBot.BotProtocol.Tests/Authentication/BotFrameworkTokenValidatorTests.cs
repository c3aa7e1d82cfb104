using Microsoft.Extensions.Time.Testing;
using WorkshopBot.BotProtocol.Authentication;
using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.BotProtocol.Tests.Support;
using WorkshopBot.TestKit.Protocol;

namespace WorkshopBot.BotProtocol.Tests.Authentication;

public sealed class BotFrameworkTokenValidatorTests : IDisposable
{
    private const string AppId = "9d2f0c4e-7f5b-4a3c-8e1d-2b6a4c8f0e11";
    private const string EntraTenant = "11111111-2222-3333-4444-555555555555";

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly TestTokenIssuer issuer;
    private readonly Activity activity = Payloads.Load("message-channel-mention");

    public BotFrameworkTokenValidatorTests()
    {
        issuer = new TestTokenIssuer(time);
    }

    public void Dispose() => issuer.Dispose();

    [Fact]
    public async Task AuthenticateAsync_ValidChannelToken_AcceptsAsChannel()
    {
        var result = await Validator().AuthenticateAsync(Bearer(issuer.Sign(ChannelToken())), activity, CancellationToken.None);

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(BotCallerKind.BotFrameworkChannel, result.Caller!.Kind);
        Assert.False(result.Caller.IsAnonymous);
    }

    [Theory]
    [InlineData("RS384")]
    [InlineData("RS512")]
    public async Task AuthenticateAsync_OtherAllowedRsaAlgorithms_Accepted(string algorithm)
    {
        var token = issuer.Sign(ChannelToken() with { Algorithm = algorithm });

        var result = await Validator().AuthenticateAsync(Bearer(token), activity, CancellationToken.None);

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task AuthenticateAsync_NoHeaderWithAppId_Rejected()
    {
        var validator = Validator();

        var result = await validator.AuthenticateAsync(null, activity, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.False(validator.IsHeaderAcceptable(null));
    }

    [Fact]
    public async Task AuthenticateAsync_NoHeaderWithoutAppId_AnonymousCaller()
    {
        var validator = Validator(appId: null);

        var result = await validator.AuthenticateAsync(null, activity, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.True(result.Caller!.IsAnonymous);
        Assert.True(validator.IsHeaderAcceptable(null));
    }

    [Fact]
    public async Task AuthenticateAsync_TokenWithoutAppIdConfigured_Rejected()
    {
        var result = await Validator(appId: null).AuthenticateAsync(Bearer(issuer.Sign(ChannelToken())), activity, CancellationToken.None);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task AuthenticateAsync_ExpiredBeyondSkew_Rejected()
    {
        var token = ChannelToken() with { NotBefore = time.GetUtcNow().AddHours(-2), Expires = time.GetUtcNow().AddMinutes(-6) };

        var result = await Validator().AuthenticateAsync(Bearer(issuer.Sign(token)), activity, CancellationToken.None);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task AuthenticateAsync_ExpiredWithinFiveMinuteSkew_Accepted()
    {
        var token = ChannelToken() with { NotBefore = time.GetUtcNow().AddHours(-2), Expires = time.GetUtcNow().AddMinutes(-4) };

        var result = await Validator().AuthenticateAsync(Bearer(issuer.Sign(token)), activity, CancellationToken.None);

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task AuthenticateAsync_ValidTokenAfterClockMovesPastExpiry_Rejected()
    {
        var token = issuer.Sign(ChannelToken());
        time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(6));

        var result = await Validator().AuthenticateAsync(Bearer(token), activity, CancellationToken.None);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task AuthenticateAsync_NotYetValid_Rejected()
    {
        var token = ChannelToken() with { NotBefore = time.GetUtcNow().AddMinutes(6), Expires = time.GetUtcNow().AddHours(1) };

        var result = await Validator().AuthenticateAsync(Bearer(issuer.Sign(token)), activity, CancellationToken.None);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task AuthenticateAsync_WrongIssuer_Rejected()
    {
        var token = ChannelToken() with { Issuer = "https://api.botframework.com.evil.example" };

        var result = await Validator().AuthenticateAsync(Bearer(issuer.Sign(token)), activity, CancellationToken.None);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task AuthenticateAsync_WrongAudience_Rejected()
    {
        var token = ChannelToken() with { Audience = "00000000-0000-0000-0000-000000000001" };

        var result = await Validator().AuthenticateAsync(Bearer(issuer.Sign(token)), activity, CancellationToken.None);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task AuthenticateAsync_AlgNone_Rejected()
    {
        var result = await Validator().AuthenticateAsync(Bearer(issuer.SignNone(ChannelToken())), activity, CancellationToken.None);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task AuthenticateAsync_Hs256WithPublicKeyAsSecret_Rejected()
    {
        var result = await Validator().AuthenticateAsync(Bearer(issuer.SignHmac(ChannelToken())), activity, CancellationToken.None);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task AuthenticateAsync_UnknownKid_Rejected()
    {
        var token = ChannelToken() with { Key = TestSigningKey.Unknown };

        var result = await Validator().AuthenticateAsync(Bearer(issuer.Sign(token)), activity, CancellationToken.None);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task AuthenticateAsync_KeyNotEndorsedForChannel_Rejected()
    {
        var token = ChannelToken() with { Key = TestSigningKey.Unendorsed };

        var result = await Validator().AuthenticateAsync(Bearer(issuer.Sign(token)), activity, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("endorsed", result.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthenticateAsync_ActivityFromChannelTheKeyIsNotEndorsedFor_Rejected()
    {
        var result = await Validator().AuthenticateAsync(Bearer(issuer.Sign(ChannelToken())), activity with { ChannelId = "webchat" }, CancellationToken.None);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task AuthenticateAsync_ServiceUrlClaimMismatch_Rejected()
    {
        var token = issuer.Sign(ChannelToken().WithClaim("serviceurl", "https://evil.example/"));

        var result = await Validator().AuthenticateAsync(Bearer(token), activity, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("serviceurl", result.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthenticateAsync_ServiceUrlClaimMissing_Rejected()
    {
        var token = issuer.Sign(ChannelToken().WithoutClaim("serviceurl"));

        var result = await Validator().AuthenticateAsync(Bearer(token), activity, CancellationToken.None);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task AuthenticateAsync_ServiceUrlClaimDiffersOnlyInCase_Accepted()
    {
        var token = issuer.Sign(ChannelToken().WithClaim("serviceurl", activity.ServiceUrl!.ToUpperInvariant()));

        var result = await Validator().AuthenticateAsync(Bearer(token), activity, CancellationToken.None);

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer ")]
    public async Task AuthenticateAsync_MalformedHeader_Rejected(string header)
    {
        var result = await Validator().AuthenticateAsync(header, activity, CancellationToken.None);

        Assert.False(result.Succeeded);
    }

    // No emulator path: an Entra ID token issued to our own app id is not a channel token (PROTOCOL.md §2.2 is not offered).
    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task AuthenticateAsync_EntraTokenIssuedToOurApp_Rejected(string version)
    {
        var token = issuer.Sign(issuer.EntraToken(AppId, EntraTenant, version));

        var result = await Validator().AuthenticateAsync(Bearer(token), activity, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal("Token issuer is not trusted.", result.FailureReason);
    }

    private TestToken ChannelToken() => issuer.ChannelToken(AppId, activity.ServiceUrl!);

    private static string Bearer(string token) => "Bearer " + token;

    private BotFrameworkTokenValidator Validator(string? appId = AppId) => new(
        new BotAppOptions { MicrosoftAppId = appId, MicrosoftAppPassword = "secret", MicrosoftAppTenantId = EntraTenant },
        new BotFrameworkOptions(),
        issuer.CreateConfigurationManager(),
        time);
}
