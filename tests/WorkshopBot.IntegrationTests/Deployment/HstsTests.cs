using WorkshopBot.TestKit.Azurite;
using WorkshopBot.TestKit.Hosting;
using Xunit;

namespace WorkshopBot.IntegrationTests.Deployment;

// Issue 13: outside Development every HTTPS answer tells browsers to use HTTPS only. App Service ends TLS
// in front of the app and forwards the scheme in X-Forwarded-Proto, which the app trusts there
// (ASPNETCORE_FORWARDEDHEADERS_ENABLED); the test does the same on 127.0.0.1.
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class HstsTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("Production", true)]
    [InlineData("Development", false)]
    public async Task HttpsRequest_Environment_SendsHstsOnlyOutsideDevelopment(string environment, bool expected)
    {
        await using var tables = azurite.CreateTables();
        var settings = new Dictionary<string, string?>(tables.Configuration) { ["FORWARDEDHEADERS_ENABLED"] = "true" };
        if (environment != "Development")
        {
            foreach (var (key, value) in BotHostOptions.DeployedIdentity)
            {
                settings[key] = value;
            }
        }

        await using var host = await BotHost.StartAsync(new BotHostOptions { Settings = settings, Environment = environment }, CancellationToken.None);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Host = "workshopbot.example.nl";
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await http.SendAsync(request);

        Assert.Equal(expected, response.Headers.Contains("Strict-Transport-Security"));
    }
}
