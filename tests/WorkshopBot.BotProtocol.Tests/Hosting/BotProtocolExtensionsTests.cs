using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using WorkshopBot.BotProtocol.Authentication;
using WorkshopBot.BotProtocol.Connector;
using WorkshopBot.BotProtocol.Hosting;
using WorkshopBot.BotProtocol.Ports;
using WorkshopBot.BotProtocol.Routing;
using WorkshopBot.BotProtocol.Tests.Support;
using WorkshopBot.TestKit.Protocol;

namespace WorkshopBot.BotProtocol.Tests.Hosting;

public sealed class BotProtocolExtensionsTests
{
    private const string AppId = "9d2f0c4e-7f5b-4a3c-8e1d-2b6a4c8f0e11";
    private const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    [Fact]
    public void AddBotProtocol_WithProductPorts_ResolvesAdapterAndConnector()
    {
        using var host = Build(new() { ["MicrosoftAppId"] = AppId, ["MicrosoftAppPassword"] = "s", ["MicrosoftAppTenantId"] = TenantId });

        Assert.NotNull(host.Services.GetRequiredService<BotAdapter>());
        Assert.IsType<ConnectorClient>(host.Services.GetRequiredService<IConnectorClient>());
        Assert.IsType<BotFrameworkTokenValidator>(host.Services.GetRequiredService<IBotTokenValidator>());
        Assert.IsType<RecordingHandler>(host.Services.GetRequiredService<ActivityHandler>());
    }

    [Fact]
    public void AddBotProtocol_Defaults_MatchTheBotFrameworkEndpoints()
    {
        using var host = Build([]);

        var options = host.Services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
        var app = host.Services.GetRequiredService<IOptions<BotAppOptions>>().Value;

        Assert.Equal("https://login.botframework.com/v1/.well-known/openidconfiguration", options.OpenIdMetadataUrl);
        Assert.Equal("https://api.botframework.com", options.Issuer);
        Assert.Equal(256 * 1024, options.MaxRequestBodyBytes);
        Assert.Equal(BotAppType.SingleTenant, app.MicrosoftAppType);
    }

    [Fact]
    public async Task StartAsync_ProductionWithoutAppId_FailsAtStartup()
    {
        using var host = Build([], Environments.Production);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("MicrosoftAppId is required in the Production environment", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_DevelopmentWithoutAppId_StartsAnonymous()
    {
        using var host = Build([], Environments.Development);

        await host.StartAsync();

        Assert.True(host.Services.GetRequiredService<IBotTokenValidator>().IsHeaderAcceptable(null));
        await host.StopAsync();
    }

    [Fact]
    public async Task StartAsync_SingleTenantWithoutTenantId_FailsAtStartup()
    {
        using var host = Build(new() { ["MicrosoftAppId"] = AppId, ["MicrosoftAppPassword"] = "s" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("MicrosoftAppTenantId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_MultiTenantWithoutPassword_FailsAtStartup()
    {
        using var host = Build(new() { ["MicrosoftAppType"] = "MultiTenant", ["MicrosoftAppId"] = AppId });

        await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
    }

    [Fact]
    public async Task StartAsync_PlainHttpMetadataOnPublicHost_FailsAtStartup()
    {
        using var host = Build(new() { ["BotFramework:OpenIdMetadataUrl"] = "http://login.botframework.com/v1/.well-known/openidconfiguration" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("https", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_PlainHttpMetadataOnLoopback_Starts()
    {
        using var host = Build(new() { ["BotFramework:OpenIdMetadataUrl"] = "http://127.0.0.1:5999/v1/.well-known/openidconfiguration" });

        await host.StartAsync();
        await host.StopAsync();
    }

    [Fact]
    public async Task StartAsync_TinyBodyLimit_FailsAtStartup()
    {
        using var host = Build(new() { ["BotFramework:MaxRequestBodyBytes"] = "10" });

        await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
    }

    [Fact]
    public void TokenProvider_NoAppId_NoToken()
    {
        using var host = Build([]);

        Assert.IsType<NoBotTokenProvider>(host.Services.GetRequiredService<IBotTokenProvider>());
    }

    [Fact]
    public void TokenProvider_SingleTenant_UsesTenantAuthority()
    {
        using var host = Build(new() { ["MicrosoftAppId"] = AppId, ["MicrosoftAppPassword"] = "s", ["MicrosoftAppTenantId"] = TenantId });

        var provider = Assert.IsType<MsalBotTokenProvider>(host.Services.GetRequiredService<IBotTokenProvider>());

        Assert.Equal($"https://login.microsoftonline.com/{TenantId}", provider.Authority);
    }

    [Fact]
    public void TokenProvider_MultiTenant_UsesBotFrameworkAuthority()
    {
        using var host = Build(new() { ["MicrosoftAppType"] = "MultiTenant", ["MicrosoftAppId"] = AppId, ["MicrosoftAppPassword"] = "s" });

        var provider = Assert.IsType<MsalBotTokenProvider>(host.Services.GetRequiredService<IBotTokenProvider>());

        Assert.Equal("https://login.microsoftonline.com/botframework.com", provider.Authority);
    }

    [Fact]
    public void TokenProvider_UserAssignedMsi_UsesAppIdAsClientId()
    {
        using var host = Build(new() { ["MicrosoftAppType"] = "UserAssignedMSI", ["MicrosoftAppId"] = AppId, ["MicrosoftAppTenantId"] = TenantId });

        var provider = Assert.IsType<ManagedIdentityBotTokenProvider>(host.Services.GetRequiredService<IBotTokenProvider>());

        Assert.Equal(AppId, provider.ClientId);
    }

    [Fact]
    public async Task Validator_FromDi_FetchesKeysFromLoopbackMetadataOnceAndAcceptsToken()
    {
        using var issuer = new TestTokenIssuer();
        await using var openId = await LoopbackOpenIdServer.StartAsync(issuer);
        using var host = Build(new()
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "s",
            ["MicrosoftAppTenantId"] = TenantId,
            ["BotFramework:OpenIdMetadataUrl"] = openId.MetadataUrl,
        });
        var validator = host.Services.GetRequiredService<IBotTokenValidator>();
        var activity = Payloads.Load("message-personal-submit");
        var header = "Bearer " + issuer.Sign(issuer.ChannelToken(AppId, activity.ServiceUrl!));

        var first = await validator.AuthenticateAsync(header, activity, CancellationToken.None);
        var second = await validator.AuthenticateAsync(header, activity, CancellationToken.None);

        Assert.True(first.Succeeded, first.FailureReason);
        Assert.True(second.Succeeded, second.FailureReason);
        Assert.Equal(1, openId.MetadataRequests);
    }

    [Fact]
    public async Task Validator_TokenSignedWithNewlyPublishedKey_AcceptedAfterOnDemandRefresh()
    {
        using var issuer = new TestTokenIssuer();
        await using var openId = await LoopbackOpenIdServer.StartAsync(issuer);
        using var host = Build(new()
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "s",
            ["MicrosoftAppTenantId"] = TenantId,
            ["BotFramework:OpenIdMetadataUrl"] = openId.MetadataUrl,
        });
        var validator = host.Services.GetRequiredService<IBotTokenValidator>();
        var activity = Payloads.Load("message-personal-submit");
        var before = await validator.AuthenticateAsync("Bearer " + issuer.Sign(issuer.ChannelToken(AppId, activity.ServiceUrl!)), activity, CancellationToken.None);
        openId.RollOverKeys();
        var header = "Bearer " + issuer.Sign(issuer.ChannelToken(AppId, activity.ServiceUrl!) with { Key = TestSigningKey.Unknown });

        // The unknown kid triggers a refresh; depending on whether the manager refreshes inline
        // or in the background, the first or a following delivery (Teams retries) succeeds.
        var accepted = false;
        for (var attempt = 0; attempt < 20 && !accepted; attempt++)
        {
            accepted = (await validator.AuthenticateAsync(header, activity, CancellationToken.None)).Succeeded;
            if (!accepted)
            {
                await Task.Delay(100);
            }
        }

        Assert.True(before.Succeeded);
        Assert.True(accepted);
        Assert.Equal(2, openId.MetadataRequests);
    }

    [Fact]
    public async Task Validator_MetadataUnreachable_RejectsInsteadOfThrowing()
    {
        using var issuer = new TestTokenIssuer();
        using var host = Build(new()
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "s",
            ["MicrosoftAppTenantId"] = TenantId,
            // Port 9 (discard) on loopback: nothing listens there.
            ["BotFramework:OpenIdMetadataUrl"] = "http://127.0.0.1:9/v1/.well-known/openidconfiguration",
        });
        var activity = Payloads.Load("message-personal-submit");

        var result = await host.Services.GetRequiredService<IBotTokenValidator>().AuthenticateAsync(
            "Bearer " + issuer.Sign(issuer.ChannelToken(AppId, activity.ServiceUrl!)), activity, CancellationToken.None);

        Assert.False(result.Succeeded);
    }

    // Development unless a test says otherwise: most tests here leave out the app id, which only Development allows.
    private static IHost Build(Dictionary<string, string?> settings, string environment = "Development")
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = environment });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddBotProtocol();
        builder.Services.AddSingleton<IConversationReferenceStore, InMemoryConversationReferenceStore>();
        builder.Services.AddSingleton<IActivityDeduplicator, InMemoryActivityDeduplicator>();
        builder.Services.AddBotHandler<RecordingHandler>();
        return builder.Build();
    }
}
