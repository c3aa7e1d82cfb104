using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WorkshopBot.BotProtocol.Connector;
using WorkshopBot.BotProtocol.Hosting;
using WorkshopBot.TestKit.Protocol;

namespace WorkshopBot.BotProtocol.Tests.Support;

// The connector exactly as AddBotProtocol registers it (typed HttpClient + resilience handler),
// with short retry delays and a fixed token.
internal sealed class ConnectorHost : IDisposable
{
    private readonly IHost host;

    public ConnectorHost(IDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var configuration = new Dictionary<string, string?>
        {
            ["BotFramework:Connector:MaxRetryAttempts"] = "3",
            ["BotFramework:Connector:BaseDelay"] = "00:00:00.050",
            ["BotFramework:Connector:MaxDelay"] = "00:00:00.200",
            ["BotFramework:Connector:MaxRetryAfter"] = "00:00:05",
            ["BotFramework:Connector:AttemptTimeout"] = "00:00:02",
            ["BotFramework:Connector:TotalTimeout"] = "00:00:20",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Logging.AddProvider(Logs);
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.AddBotProtocol();
        builder.Services.AddSingleton<IBotTokenProvider>(Tokens);
        host = builder.Build();
    }

    public FixedBotTokenProvider Tokens { get; } = new("test-token");

    public CapturingLoggerProvider Logs { get; } = new();

    public IConnectorClient Client => host.Services.GetRequiredService<IConnectorClient>();

    public TrustedServiceUrls Trusted => host.Services.GetRequiredService<TrustedServiceUrls>();

    public void Dispose() => host.Dispose();
}
