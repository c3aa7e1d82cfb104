using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkshopBot.BotProtocol.Connector;
using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.BotProtocol.Tests.Support;
using WorkshopBot.TestKit.Protocol;

namespace WorkshopBot.BotProtocol.Tests.Hosting;

// Socket tests: the real endpoint on Kestrel at 127.0.0.1, the real token validator fetching
// keys from a local OpenID server.
public sealed class BotEndpointsTests : IAsyncLifetime
{
    private readonly TestTokenIssuer issuer = new();
    private int messageFailuresLeft;
    private LoopbackOpenIdServer openId = null!;
    private BotHost host = null!;
    private RecordingHandler handler = null!;

    public async Task InitializeAsync()
    {
        openId = await LoopbackOpenIdServer.StartAsync(issuer);
        handler = new RecordingHandler
        {
            OnCardAction = (value, _) => Task.FromResult<AdaptiveCardInvokeResponse?>(
                AdaptiveCardInvokeResponse.Card(new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5", ["verb"] = value.Action!.Verb })),
            OnMessage = _ => Interlocked.Decrement(ref messageFailuresLeft) >= 0
                ? throw new InvalidOperationException("handler bug")
                : Task.CompletedTask,
        };
        host = await BotHost.StartAsync(openId, handler);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await openId.DisposeAsync();
        issuer.Dispose();
    }

    [Fact]
    public async Task Get_Messages_Returns405WithAllowPost()
    {
        using var response = await host.Client.GetAsync("/api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Post_MalformedJson_Returns400()
    {
        using var response = await PostAsync("{\"type\":\"message\",", Token());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_MissingType_Returns400()
    {
        var body = Payloads.Load("message-personal-submit") with { Type = null };

        using var response = await PostAsync(BotJson.Serialize(body), Token());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(handler.Calls);
    }

    [Fact]
    public async Task Post_DeeplyNestedJson_Returns400()
    {
        var json = """{"type":"message","value":""" + new string('[', 5000) + new string(']', 5000) + "}";

        using var response = await PostAsync(json, Token());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_TwoMegabyteBody_Returns413()
    {
        var json = """{"type":"message","text":" """ + new string('x', 2 * 1024 * 1024) + "\"}";

        using var response = await PostAsync(json, Token());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_TwoMegabyteChunkedBody_Returns413()
    {
        var json = """{"type":"message","text":" """ + new string('x', 2 * 1024 * 1024) + "\"}";
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token());

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_NoAuthorizationHeader_Returns401()
    {
        using var response = await PostAsync(Payload("message-personal-submit"), token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(handler.Calls);
    }

    [Fact]
    public async Task Post_TokenForAnotherBot_Returns401()
    {
        var token = issuer.Sign(issuer.ChannelToken("00000000-0000-0000-0000-000000000001", ServiceUrl));

        using var response = await PostAsync(Payload("message-personal-submit"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(handler.Calls);
    }

    [Fact]
    public async Task Post_ForgedServiceUrl_Returns401AndServiceUrlStaysUntrusted()
    {
        var activity = Payloads.Load("message-personal-submit") with { ServiceUrl = "https://evil.example/" };

        using var response = await PostAsync(BotJson.Serialize(activity), Token());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(host.Services.GetRequiredService<TrustedServiceUrls>().IsTrusted("https://evil.example/"));
    }

    [Fact]
    public async Task Post_AuthenticatedMessage_Returns200EmptyAndDispatches()
    {
        using var response = await PostAsync(Payload("message-personal-submit"), Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        Assert.Equal(["message"], handler.Calls);
        Assert.True(host.Services.GetRequiredService<TrustedServiceUrls>().IsTrusted(ServiceUrl));
        Assert.NotNull(await host.References.GetAsync("a:1FzXyPersonalChatIdWithModerator", CancellationToken.None));
    }

    [Fact]
    public async Task Post_UnknownActivityType_Returns200AndIsIgnored()
    {
        using var response = await PostAsync(Payload("unknown-type"), Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["unrecognized:handoff"], handler.Calls);
    }

    [Fact]
    public async Task Post_UnknownInvoke_Returns501()
    {
        var activity = Payloads.Load("invoke-adaptivecard-action") with { Name = "composeExtension/query" };

        using var response = await PostAsync(BotJson.Serialize(activity), Token());

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Post_AdaptiveCardAction_WritesInvokeResponseAsHttpResponse()
    {
        using var response = await PostAsync(Payload("invoke-adaptivecard-action"), Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal(ContentTypes.AdaptiveCard, body["type"]!.GetValue<string>());
        Assert.Equal("note.add", body["value"]!["verb"]!.GetValue<string>());
    }

    [Fact]
    public async Task Post_SameInvokeTwice_HandlerRunsOnceAndBothGetTheCard()
    {
        using var first = await PostAsync(Payload("invoke-adaptivecard-action"), Token());
        using var second = await PostAsync(Payload("invoke-adaptivecard-action"), Token());

        Assert.Equal(["adaptiveCardAction:note.add"], handler.Calls);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_SameMessageTwice_HandlerRunsOnce()
    {
        using var first = await PostAsync(Payload("message-personal-submit"), Token());
        using var second = await PostAsync(Payload("message-personal-submit"), Token());

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(["message"], handler.Calls);
    }

    [Fact]
    public async Task Post_HandlerThrows_Returns500AndRedeliveryRunsAgain()
    {
        messageFailuresLeft = 1;

        using var first = await PostAsync(Payload("message-personal-submit"), Token());
        using var second = await PostAsync(Payload("message-personal-submit"), Token());

        Assert.Equal(HttpStatusCode.InternalServerError, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(["message", "message"], handler.Calls);
    }

    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    private string Token() => issuer.Sign(issuer.ChannelToken(BotHost.AppId, ServiceUrl));

    private static string Payload(string name) => Encoding.UTF8.GetString(Payloads.Bytes(name));

    private async Task<HttpResponseMessage> PostAsync(string json, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await host.Client.SendAsync(request);
    }
}
