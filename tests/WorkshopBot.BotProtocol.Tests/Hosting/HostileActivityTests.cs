using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using WorkshopBot.BotProtocol.Tests.Support;
using WorkshopBot.TestKit.Protocol;

namespace WorkshopBot.BotProtocol.Tests.Hosting;

// Issue 13: activities that are well-formed JSON but not usable activities are a 400 with the reason in
// the body, before the token is checked and before anything is stored, never an exception (500).
public sealed class HostileActivityTests : IAsyncLifetime
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    private readonly TestTokenIssuer issuer = new();
    private LoopbackOpenIdServer openId = null!;
    private BotHost host = null!;
    private RecordingHandler handler = null!;

    public async Task InitializeAsync()
    {
        openId = await LoopbackOpenIdServer.StartAsync(issuer);
        handler = new RecordingHandler();
        host = await BotHost.StartAsync(openId, handler);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await openId.DisposeAsync();
        issuer.Dispose();
    }

    [Theory]
    [InlineData("conversation", "activity has no conversation")]
    [InlineData("from", "activity has no from")]
    public async Task Post_WithoutRequiredObject_Returns400WithReason(string field, string reason)
    {
        var activity = Activity();
        activity.Remove(field);

        using var response = await PostAsync(activity);

        await AssertBadRequestAsync(response, reason);
    }

    [Fact]
    public async Task Post_FromWithoutId_Returns400WithReason()
    {
        var activity = Activity();
        activity["from"] = new JsonObject { ["name"] = "Niemand" };

        using var response = await PostAsync(activity);

        await AssertBadRequestAsync(response, "activity has no from.id");
    }

    [Theory]
    [InlineData("entities")]
    [InlineData("membersAdded")]
    [InlineData("attachments")]
    public async Task Post_NullInAList_Returns400(string list)
    {
        var activity = Activity();
        activity[list] = new JsonArray(null, new JsonObject { ["type"] = "mention" });

        using var response = await PostAsync(activity);

        await AssertBadRequestAsync(response, "a list in the activity holds null");
    }

    [Fact]
    public async Task Post_OtherChannelOutsideDevelopment_Returns400()
    {
        var activity = Activity();
        activity["channelId"] = "webchat";

        using var response = await PostAsync(activity);

        await AssertBadRequestAsync(response, "activity is not from channel msteams");
    }

    private JsonObject Activity() => JsonNode.Parse(Payloads.Bytes("message-channel-mention"))!.AsObject();

    private async Task<HttpResponseMessage> PostAsync(JsonObject activity)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", issuer.Sign(issuer.ChannelToken(BotHost.AppId, ServiceUrl)));
        return await host.Client.SendAsync(request);
    }

    private async Task AssertBadRequestAsync(HttpResponseMessage response, string reason)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;
        Assert.Equal("BadRequest", error["code"]!.GetValue<string>());
        Assert.Equal(reason, error["message"]!.GetValue<string>());
        Assert.Empty(handler.Calls);
        Assert.Empty(host.References.All);
    }
}
