using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WorkshopBot.BotProtocol.Connector;
using WorkshopBot.BotProtocol.Hosting;
using WorkshopBot.BotProtocol.Ports;
using WorkshopBot.BotProtocol.Routing;
using WorkshopBot.TestKit.Protocol;

namespace WorkshopBot.BotProtocol.Tests.Support;

// The real ASP.NET Core pipeline (AddBotProtocol + MapBotEndpoints) on http://127.0.0.1:<free>,
// with the real token validator reading keys from a LoopbackOpenIdServer. Only the connector
// and the stores are fakes.
internal sealed class BotHost : IAsyncDisposable
{
    public const string AppId = "9d2f0c4e-7f5b-4a3c-8e1d-2b6a4c8f0e11";

    private readonly WebApplication app;

    private BotHost(WebApplication app, string baseUrl, RecordingConnector connector, InMemoryConversationReferenceStore references, InMemoryActivityDeduplicator deduplicator)
    {
        this.app = app;
        BaseUrl = baseUrl;
        Client = new HttpClient { BaseAddress = new Uri(baseUrl) };
        Connector = connector;
        References = references;
        Deduplicator = deduplicator;
    }

    public string BaseUrl { get; }

    public HttpClient Client { get; }

    public RecordingConnector Connector { get; }

    public InMemoryConversationReferenceStore References { get; }

    public InMemoryActivityDeduplicator Deduplicator { get; }

    public IServiceProvider Services => app.Services;

    public static async Task<BotHost> StartAsync(
        LoopbackOpenIdServer openId,
        ActivityHandler? handler,
        IDictionary<string, string?>? settings = null,
        string environment = "Production")
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        var configuration = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "test-secret",
            ["MicrosoftAppTenantId"] = Payloads.TenantId,
            ["BotFramework:OpenIdMetadataUrl"] = openId.MetadataUrl,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        builder.AddBotProtocol();

        var connector = new RecordingConnector();
        var references = new InMemoryConversationReferenceStore();
        var deduplicator = new InMemoryActivityDeduplicator();
        builder.Services.AddSingleton<IConnectorClient>(connector);
        builder.Services.AddSingleton<IConversationReferenceStore>(references);
        builder.Services.AddSingleton<IActivityDeduplicator>(deduplicator);
        if (handler is not null)
        {
            builder.Services.AddSingleton<ActivityHandler>(handler);
        }

        var app = builder.Build();
        app.MapBotEndpoints();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new BotHost(app, address, connector, references, deduplicator);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
