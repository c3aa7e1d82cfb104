using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using WorkshopBot.BotProtocol.Connector;
using WorkshopBot.BotProtocol.Tests.Support;
using WorkshopBot.TestKit.Protocol;

namespace WorkshopBot.BotProtocol.Tests.Hosting;

// Local development: no MicrosoftAppId, as with the Agents Playground (allowed only in Development).
public sealed class AnonymousBotEndpointsTests : IAsyncLifetime
{
    private readonly TestTokenIssuer issuer = new();
    private readonly RecordingHandler handler = new();
    private LoopbackOpenIdServer openId = null!;
    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        openId = await LoopbackOpenIdServer.StartAsync(issuer);
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "",
            ["MicrosoftAppPassword"] = "",
            ["MicrosoftAppTenantId"] = "",
        };
        host = await BotHost.StartAsync(openId, handler, settings, environment: "Development");
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await openId.DisposeAsync();
    }

    [Fact]
    public async Task Post_NoHeaderWithoutAppId_AcceptedButServiceUrlNotTrusted()
    {
        var activity = Payloads.Load("message-personal-submit") with { ServiceUrl = "http://127.0.0.1:56150/_connector" };
        using var content = new StringContent(WorkshopBot.BotProtocol.Schema.BotJson.Serialize(activity), Encoding.UTF8, "application/json");
        content.Headers.Add("x-ms-agents-playground", "true");

        using var response = await host.Client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["message"], handler.Calls);
        Assert.False(host.Services.GetRequiredService<TrustedServiceUrls>().IsTrusted("http://127.0.0.1:56150/_connector"));
    }

    [Fact]
    public async Task Post_TokenWithoutAppId_Returns401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(Encoding.UTF8.GetString(Payloads.Bytes("message-personal-submit")), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", issuer.Sign(issuer.ChannelToken("x", "https://smba.trafficmanager.net/emea/")));

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
