using System.Net;
using System.Net.Sockets;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.TestKit.Hosting;
using Xunit;

namespace WorkshopBot.IntegrationTests.Deployment;

// Issue 7: the host starts with the production configuration shape (managed identity for the bot,
// no app password, Production environment) and tells the load balancer it is not ready while Table
// storage cannot be reached — instead of crash-looping.
[Trait("Category", "Integration")]
public sealed class ProductionShapeTests
{
    private static IReadOnlyDictionary<string, string?> ProductionIdentity => BotHostOptions.DeployedIdentity;

    [Fact]
    public async Task Start_WithManagedIdentityAndUnreachableStorage_IsAliveButNotReady()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var closedPort = FreePort();
        var settings = new Dictionary<string, string?>(ProductionIdentity)
        {
            ["ConnectionStrings:Tables"] = AzuriteFixture.ConnectionStringFor($"http://127.0.0.1:{closedPort}/devstoreaccount1"),
            ["Board:PublicBaseUrl"] = "https://workshopbot.example.nl",
        };
        await using var host = await BotHost.StartAsync(new BotHostOptions { Settings = settings, Environment = "Production" }, cts.Token);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        var live = await http.GetAsync("/health/live", cts.Token);
        var ready = await http.GetAsync("/health/ready", cts.Token);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
    }

    [Fact]
    public async Task Ready_WithAzurite_IsReady()
    {
        var azurite = new AzuriteFixture();
        await azurite.InitializeAsync();
        try
        {
            await using var tables = azurite.CreateTables();
            await using var host = await BotHost.StartAsync(new BotHostOptions { Settings = new Dictionary<string, string?>(ProductionIdentity.Concat(tables.Configuration)), Environment = "Production" }, CancellationToken.None);
            using var http = new HttpClient { BaseAddress = host.BaseAddress };

            var ready = await http.GetAsync("/health/ready");

            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }
        finally
        {
            await azurite.DisposeAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
