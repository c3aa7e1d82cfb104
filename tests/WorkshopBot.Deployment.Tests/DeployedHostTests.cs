using System.Net;
using System.Net.Http.Headers;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.TestKit.Protocol;
using WorkshopBot.Web.Board;
using WorkshopBot.Web.Hosting;

namespace WorkshopBot.Deployment.Tests;

// The host as App Service starts it: Production, with exactly the app settings of the compiled Bicep
// (parameters replaced by sample values). Only Table storage points at Azurite (instead of the managed
// identity's table endpoint, with the template's tables created) and the OpenID metadata at a key set on 127.0.0.1 (instead of Entra ID and
// the Bot Framework); telemetry export is left out. A setting the host does not read, such as a
// misspelled key, shows here as a sign-in that fails.
[Trait("Category", "Integration")]
public sealed class DeployedHostTests(BicepBuildFixture bicep) : IClassFixture<BicepBuildFixture>, IAsyncLifetime
{
    private const string OtherTenantId = "8e3f1d2c-7b6a-4c5d-9e0f-1a2b3c4d5e6f";
    private const string UserObjectId = "5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f";
    private static readonly string TabResource = $"api://{SampleValues.HostName}/{SampleValues.SsoClientId}";

    private readonly AzuriteFixture azurite = new();
    private readonly TestTokenIssuer issuer = new();
    private LoopbackOpenIdServer openId = null!;
    private AzuriteTables tables = null!;
    private WebApplication host = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        await azurite.InitializeAsync();
        openId = await LoopbackOpenIdServer.StartAsync(issuer);
        tables = azurite.CreateTables();

        // What the storage module does in Azure: there the app does not create tables (TableStorage__CreateTables).
        var service = new TableServiceClient(tables.ConnectionString);
        foreach (var name in bicep.TableNames)
        {
            await service.CreateTableIfNotExistsAsync(tables.Prefix + name);
        }

        host = await StartAsync(DeployedSettings(), "Production");
        client = new HttpClient { BaseAddress = new Uri(Address(host)) };
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await host.StopAsync();
        await host.DisposeAsync();
        await tables.DisposeAsync();
        await openId.DisposeAsync();
        await azurite.DisposeAsync();
    }

    [Fact]
    public async Task SignIn_TokenForTheConfiguredClientAndTenant_Returns200()
    {
        var response = await GetMyWerkgroepenAsync(SsoToken(DeployedAppSettings.TenantId, TabResource));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("[]", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SignIn_TokenOfAnotherTenant_Returns401()
    {
        var response = await GetMyWerkgroepenAsync(SsoToken(OtherTenantId, TabResource));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SignIn_TokenForAnotherAudience_Returns401()
    {
        var response = await GetMyWerkgroepenAsync(SsoToken(DeployedAppSettings.TenantId, $"api://{SampleValues.HostName}/{Guid.NewGuid()}"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    // Issue 13, finding 8: an application's own token (client credentials: roles, no scp, idtyp app)
    // signs no person in, even for the configured client and tenant.
    [Fact]
    public async Task SignIn_AppOnlyTokenForTheConfiguredClientAndTenant_Returns401()
    {
        var token = issuer.Sign(
            (issuer.EntraToken(SampleValues.SsoClientId, DeployedAppSettings.TenantId) with { Audience = TabResource })
                .WithClaim("oid", UserObjectId)
                .WithClaim("idtyp", "app"));

        var response = await GetMyWerkgroepenAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    // Issue 13, finding 8: a single-tenant bot. The Bicep names the deployment's tenant; an activity from
    // Teams of another tenant is refused (403, with the reason) before it runs, one of the deployment's
    // tenant reaches the token check (401 for this unsigned request).
    [Fact]
    public async Task Messages_ActivityOfAnotherTenant_Refused403_OwnTenantReachesTheTokenCheck()
    {
        var foreign = await PostActivityAsync(OtherTenantId);
        var own = await PostActivityAsync(DeployedAppSettings.TenantId);

        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Contains("tenant", await foreign.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, own.StatusCode);
    }

    // Issue 14: Application Insights shows the app (its cloud role) under the name the Bicep gives it,
    // OTEL_SERVICE_NAME; a fixed name passed to the resource's AddService would take its place. Exported here to
    // an OTLP collector on 127.0.0.1 (nothing listens; the Azure Monitor exporter would sign in and phone home).
    [Fact]
    public async Task Telemetry_DeployedSettings_NameTheServiceAsTheBicepDoes()
    {
        var settings = DeployedSettings();
        settings[TelemetryExport.OtlpEndpointSetting] = "http://127.0.0.1:9";
        var exporting = await StartAsync(settings, "Production");
        try
        {
            var resource = exporting.Services.GetRequiredService<OpenTelemetry.Metrics.MeterProvider>().GetResource();

            Assert.Contains(resource.Attributes, a => a.Key == "service.name" && Equals(a.Value, "workshopbot"));
            Assert.NotNull(exporting.Services.GetService<OpenTelemetry.Trace.TracerProvider>());
        }
        finally
        {
            await exporting.StopAsync();
            await exporting.DisposeAsync();
        }
    }

    // Issue 14: with nowhere to export (this host: the connection string left out), no tracer and no meter
    // provider: an Activity per request and per storage call for nobody cost about 7% of the bot's CPU per
    // add-note. The bot's own meter is still there for a listener such as dotnet-counters.
    [Fact]
    public void Telemetry_NoExportSetting_CollectsNothingForExport()
    {
        Assert.Null(host.Services.GetService<OpenTelemetry.Trace.TracerProvider>());
        Assert.Null(host.Services.GetService<OpenTelemetry.Metrics.MeterProvider>());
        Assert.NotNull(host.Services.GetService<WorkshopBot.Domain.Telemetry.WorkshopMetrics>());
    }

    // Without a bot app id /api/messages would accept unsigned requests from anyone; without the tenant the
    // board would accept Teams SSO tokens from every tenant.
    [Theory]
    [InlineData("MicrosoftAppId")]
    [InlineData("Board:SsoTenantId")]
    public async Task Start_ProductionWithoutSetting_Fails(string key)
    {
        var settings = DeployedSettings();
        settings.Remove(key);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(settings, "Production"));

        Assert.Contains($"{key} is required in the Production environment", error.Message, StringComparison.Ordinal);
    }

    // A benchmark or a Production-shaped local run: a host that only 127.0.0.1 can reach may run without an
    // app id and a tenant (as the Bot Framework Emulator does); the same settings on App Service do not start.
    [Fact]
    public async Task Start_ProductionLoopbackOnlyWithoutBotAppIdAndTenant_Starts()
    {
        var settings = DeployedSettings();
        settings.Remove("MicrosoftAppId");
        settings.Remove("Board:SsoTenantId");
        settings.Remove("WEBSITE_SITE_NAME");

        var loopback = await StartAsync(settings, "Production");
        await loopback.StopAsync();
        await loopback.DisposeAsync();
    }

    // Local Playground runs: no app id and no tenant are fine in Development.
    [Fact]
    public async Task Start_DevelopmentWithoutBotAppIdAndTenant_Starts()
    {
        var settings = DeployedSettings();
        settings.Remove("MicrosoftAppId");
        settings.Remove("Board:SsoTenantId");

        var development = await StartAsync(settings, "Development");
        await development.StopAsync();
        await development.DisposeAsync();
    }

    private Dictionary<string, string?> DeployedSettings()
    {
        var settings = DeployedAppSettings.Resolve(bicep.Template);
        Assert.True(settings.Remove("TableStorage:ServiceUri"), "the template no longer sets TableStorage__ServiceUri");
        settings.Remove("TableStorage:ManagedIdentityClientId");
        foreach (var (key, value) in tables.Configuration)
        {
            settings[key] = value;
        }

        // App Service sets WEBSITE_SITE_NAME on every site (and binds all interfaces): the host must not take
        // this test's 127.0.0.1 binding for a machine-local run.
        settings["WEBSITE_SITE_NAME"] = "app-workshopbot";
        settings["Board:SsoOpenIdMetadataUrl"] = openId.EntraMetadataUrl;
        settings["BotFramework:OpenIdMetadataUrl"] = openId.MetadataUrl;
        return settings;
    }

    private static async Task<WebApplication> StartAsync(Dictionary<string, string?> settings, string environment)
    {
        var app = WorkshopBotApp.Build(
            ["--urls", "http://127.0.0.1:0", "--environment", environment],
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(settings);
                builder.Logging.ClearProviders();
            },
            Path.Combine(RepositoryPaths.Root, "src", "WorkshopBot.Web"));
        try
        {
            await app.StartAsync();
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    private static string Address(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();

    // A Teams SSO access token (v2) as getAuthToken() hands it to the tab, signed with the local Entra key.
    private string SsoToken(string tenantId, string audience) => issuer.Sign(
        (issuer.EntraToken(SampleValues.SsoClientId, tenantId) with { Audience = audience })
            .WithClaim("oid", UserObjectId)
            .WithClaim("name", "Anna de Vries")
            .WithClaim("scp", "access_as_user"));

    private async Task<HttpResponseMessage> PostActivityAsync(string tenantId)
    {
        var activity = new System.Text.Json.Nodes.JsonObject
        {
            ["type"] = "message",
            ["id"] = "1",
            ["channelId"] = "msteams",
            ["serviceUrl"] = "https://smba.trafficmanager.net/emea/",
            ["from"] = new System.Text.Json.Nodes.JsonObject { ["id"] = "29:1AbCdEf", ["aadObjectId"] = UserObjectId },
            ["conversation"] = new System.Text.Json.Nodes.JsonObject { ["id"] = "a:1XyZ", ["conversationType"] = "personal", ["tenantId"] = tenantId },
            ["recipient"] = new System.Text.Json.Nodes.JsonObject { ["id"] = "28:bot" },
            ["channelData"] = new System.Text.Json.Nodes.JsonObject { ["tenant"] = new System.Text.Json.Nodes.JsonObject { ["id"] = tenantId } },
            ["text"] = "help",
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-bot-framework-token");
        return await client.SendAsync(request);
    }

    private async Task<HttpResponseMessage> GetMyWerkgroepenAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, BoardApiEndpoints.MyWerkgroepenPath);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request);
    }
}
