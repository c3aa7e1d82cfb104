using WorkshopBot.TestKit.Azurite;
using WorkshopBot.TestKit.Hosting;
using WorkshopBot.TestKit.Playground;

namespace WorkshopBot.IntegrationTests.EndToEnd;

// The real stack of a local run: Azurite (in memory) + the WorkshopBot host on Kestrel + the real
// Agents Playground pointed at it. Nothing is mocked.
public sealed class WorkshopBotPlaygroundFixture : PlaygroundFixture
{
    private readonly AzuriteFixture azurite = new();
    private AzuriteTables? tables;
    private BotHost? host;

    public BotHost Host => host ?? throw new InvalidOperationException("The bot host is not started.");

    protected override async Task<Uri> StartBotAsync(CancellationToken cancellationToken)
    {
        await azurite.InitializeAsync();
        tables = azurite.CreateTables();
        var settings = new Dictionary<string, string?>(tables.Configuration)
        {
            ["Board:PublicBaseUrl"] = "http://127.0.0.1:3978",
        };
        host = await BotHost.StartAsync(settings, cancellationToken);
        return host.MessagesEndpoint;
    }

    protected override async Task StopBotAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        if (tables is not null)
        {
            await tables.DisposeAsync();
        }

        await azurite.DisposeAsync();
    }
}
