using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WorkshopBot.TestKit.Playground;
using WorkshopBot.Web.Hosting;

namespace WorkshopBot.TestKit.Hosting;

// The real WorkshopBot host on Kestrel at 127.0.0.1:<free port>, configured like a local run
// (no app id) unless a test overrides settings. Dispose stops it.
public sealed class BotHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private BotHost(WebApplication app, Uri baseAddress)
    {
        this.app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public Uri MessagesEndpoint => new(BaseAddress, "/api/messages");

    public IServiceProvider Services => app.Services;

    public static Task<BotHost> StartAsync(IReadOnlyDictionary<string, string?> settings, CancellationToken cancellationToken) =>
        StartAsync(new BotHostOptions { Settings = settings }, cancellationToken);

    public static async Task<BotHost> StartAsync(BotHostOptions options, CancellationToken cancellationToken)
    {
        var app = WorkshopBotApp.Build(
            ["--urls", "http://127.0.0.1:0", "--environment", options.Environment],
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(options.Settings);
                builder.Logging.SetMinimumLevelForTests();
                options.ConfigureServices?.Invoke(builder.Services);
            },
            Path.Combine(RepositoryPaths.Root, "src", "WorkshopBot.Web"));
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BotHost(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
