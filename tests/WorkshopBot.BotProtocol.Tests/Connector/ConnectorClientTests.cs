using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using WorkshopBot.BotProtocol.Connector;
using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.BotProtocol.Tests.Support;
using WorkshopBot.TestKit.Protocol;

namespace WorkshopBot.BotProtocol.Tests.Connector;

// Socket tests against a stub connector on 127.0.0.1 through the real resilience pipeline.
public sealed class ConnectorClientTests : IAsyncLifetime
{
    private const string ConversationId = "19:abcdef0123456789@thread.tacv2;messageid=1763889302123";

    private readonly ConnectorHost connector = new();
    private StubConnectorServer stub = null!;

    public async Task InitializeAsync()
    {
        stub = await StubConnectorServer.StartAsync();
        connector.Trusted.Trust(stub.ServiceUrl);
    }

    public async Task DisposeAsync()
    {
        connector.Dispose();
        await stub.DisposeAsync();
    }

    [Fact]
    public async Task SendToConversationAsync_Created_ReturnsIdAndPostsActivityWithoutId()
    {
        var response = await connector.Client.SendToConversationAsync(stub.ServiceUrl, ConversationId, Message() with { Id = "x" }, CancellationToken.None);

        var request = Assert.Single(stub.Requests);
        Assert.Equal("stub-activity-1", response.Id);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3/conversations/19%3Aabcdef0123456789%40thread.tacv2%3Bmessageid%3D1763889302123/activities", request.RawTarget);
        var body = JsonNode.Parse(request.Body)!.AsObject();
        Assert.False(body.ContainsKey("id"));
        Assert.Equal("hallo", body["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task UpdateActivityAsync_IdWithSlash_EscapesPathSegment()
    {
        await connector.Client.UpdateActivityAsync(stub.ServiceUrl, "a:1/2", "1:ab/cd", Message(), CancellationToken.None);

        var request = Assert.Single(stub.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal("/v3/conversations/a%3A1%2F2/activities/1%3Aab%2Fcd", request.RawTarget);
        Assert.Equal("1:ab/cd", JsonNode.Parse(request.Body)!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task ReplyToActivityAsync_PostsToReplyPathWithReplyToId()
    {
        await connector.Client.ReplyToActivityAsync(stub.ServiceUrl, "a:1", "1763889310000", Message(), CancellationToken.None);

        var request = Assert.Single(stub.Requests);
        Assert.Equal("/v3/conversations/a%3A1/activities/1763889310000", request.RawTarget);
        Assert.Equal("1763889310000", JsonNode.Parse(request.Body)!["replyToId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Send_TrustedServiceUrl_SendsBearerToken()
    {
        await connector.Client.SendToConversationAsync(stub.ServiceUrl, "a:1", Message(), CancellationToken.None);

        Assert.Equal("Bearer test-token", Assert.Single(stub.Requests).Authorization);
    }

    [Fact]
    public async Task Send_UntrustedServiceUrl_SendsNoToken()
    {
        var untrusted = stub.ServiceUrl.Replace("127.0.0.1", "localhost", StringComparison.Ordinal);

        await connector.Client.SendToConversationAsync(untrusted, "a:1", Message(), CancellationToken.None);

        Assert.Null(Assert.Single(stub.Requests).Authorization);
        Assert.Equal(0, connector.Tokens.Calls);
    }

    [Fact]
    public async Task Send_429WithRetryAfterOneSecond_WaitsThenSucceeds()
    {
        stub.RespondWith(r => r.Sequence == 1
            ? StubConnectorResponse.Error(429, "Throttled") with { RetryAfterSeconds = 1 }
            : StubConnectorResponse.Created("after-throttle"));

        var response = await connector.Client.SendToConversationAsync(stub.ServiceUrl, "a:1", Message(), CancellationToken.None);

        Assert.Equal("after-throttle", response.Id);
        var requests = stub.Requests;
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromMilliseconds(950), $"retried after {requests[1].ReceivedAt - requests[0].ReceivedAt}");
    }

    [Fact]
    public async Task Send_403MessageWritesBlocked_NotRetriedAndTyped()
    {
        stub.RespondWith(_ => StubConnectorResponse.Error(403, "MessageWritesBlocked", "Thread is blocked"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            connector.Client.SendToConversationAsync(stub.ServiceUrl, "a:1", Message(), CancellationToken.None));

        Assert.Single(stub.Requests);
        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.True(error.IsForbidden);
        Assert.True(error.IsMessageWritesBlocked);
        Assert.True(error.ShouldDropConversationReference);
        Assert.Equal("a:1", error.ConversationId);
    }

    [Fact]
    public async Task Send_502Always_GivesUpAfterRetryCapWithTypedErrorAndLog()
    {
        stub.RespondWith(_ => StubConnectorResponse.Error(502, "BadGateway"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            connector.Client.SendToConversationAsync(stub.ServiceUrl, "a:1", Message(), CancellationToken.None));

        Assert.Equal(4, stub.Requests.Count);
        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Equal("BadGateway", error.ErrorCode);
        Assert.Contains(connector.Logs.Entries, e => e.Level == LogLevel.Warning && e.EventId.Id == 2001 && e.Message.Contains("502", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Send_500_NotRetriedAndTyped()
    {
        stub.RespondWith(_ => StubConnectorResponse.Error(500, "ServiceError"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            connector.Client.SendToConversationAsync(stub.ServiceUrl, "a:1", Message(), CancellationToken.None));

        Assert.Single(stub.Requests);
        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.False(error.ShouldDropConversationReference);
    }

    [Theory]
    [InlineData(412, 2)]
    [InlineData(504, 2)]
    [InlineData(404, 1)]
    [InlineData(400, 1)]
    public async Task Send_TransientOrClientError_RetriedOnlyWhenTransient(int firstStatus, int expectedRequests)
    {
        stub.RespondWith(r => r.Sequence == 1 ? StubConnectorResponse.Error(firstStatus, "First") : StubConnectorResponse.Created("ok"));

        try
        {
            await connector.Client.SendToConversationAsync(stub.ServiceUrl, "a:1", Message(), CancellationToken.None);
        }
        catch (ConnectorException ex)
        {
            Assert.Equal(firstStatus, (int)ex.StatusCode!);
        }

        Assert.Equal(expectedRequests, stub.Requests.Count);
    }

    [Fact]
    public async Task Send_PostTimesOut_NotRetriedAndOutcomeUnknown()
    {
        stub.RespondWith(_ => StubConnectorResponse.Created("late") with { Delay = TimeSpan.FromSeconds(6) });

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            connector.Client.SendToConversationAsync(stub.ServiceUrl, "a:1", Message(), CancellationToken.None));

        Assert.Single(stub.Requests);
        Assert.Equal(ConnectorException.TimeoutCode, error.ErrorCode);
        Assert.True(error.IsOutcomeUnknown);
    }

    [Fact]
    public async Task GetMember_GetTimesOut_IsRetried()
    {
        stub.RespondWith(r => r.Sequence == 1
            ? new StubConnectorResponse(200, """{"id":"29:late"}""") { Delay = TimeSpan.FromSeconds(6) }
            : new StubConnectorResponse(200, """{"id":"29:anne","name":"Anne","aadObjectId":"0f0e"}"""));

        var member = await connector.Client.GetMemberAsync(stub.ServiceUrl, "a:1", "29:anne", CancellationToken.None);

        Assert.Equal("Anne", member.Name);
        Assert.Equal(2, stub.Requests.Count);
        Assert.Equal("/v3/conversations/a%3A1/members/29%3Aanne", stub.Requests[1].RawTarget);
    }

    [Fact]
    public async Task GetPagedMembersAsync_PassesPageSizeAndEscapedContinuationToken()
    {
        stub.RespondWith(_ => new StubConnectorResponse(200, """{"members":[{"id":"29:a","name":"A"}],"continuationToken":"next+1"}"""));

        var page = await connector.Client.GetPagedMembersAsync(stub.ServiceUrl, "19:x@thread.tacv2", 50, "a b&c", CancellationToken.None);

        Assert.Equal("29:a", Assert.Single(page.Members).Id);
        Assert.Equal("next+1", page.ContinuationToken);
        Assert.Equal("/v3/conversations/19%3Ax%40thread.tacv2/pagedmembers?pageSize=50&continuationToken=a%20b%26c", Assert.Single(stub.Requests).RawTarget);
    }

    [Fact]
    public async Task CreateConversationAsync_ChannelThread_PostsParametersAndReadsResponse()
    {
        stub.RespondWith(_ => new StubConnectorResponse(201, """{"id":"19:c@thread.tacv2;messageid=9","activityId":"9","serviceUrl":"https://smba.trafficmanager.net/emea/"}"""));
        var origin = Payloads.Load("message-channel-mention").GetConversationReference();

        var created = await connector.Client.CreateConversationAsync(
            stub.ServiceUrl,
            ConversationParameters.ForChannelThread(origin, "19:c@thread.tacv2", Message()),
            CancellationToken.None);

        Assert.Equal("19:c@thread.tacv2;messageid=9", created.Id);
        Assert.Equal("9", created.ActivityId);
        var request = Assert.Single(stub.Requests);
        Assert.Equal("/v3/conversations", request.RawTarget);
        var body = JsonNode.Parse(request.Body)!;
        Assert.True(body["isGroup"]!.GetValue<bool>());
        Assert.Equal("19:c@thread.tacv2", body["channelData"]!["channel"]!["id"]!.GetValue<string>());
        Assert.Equal(Payloads.TenantId, body["channelData"]!["tenant"]!["id"]!.GetValue<string>());
        Assert.Equal(Payloads.TenantId, body["tenantId"]!.GetValue<string>());
        Assert.Equal("hallo", body["activity"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task DeleteActivityAsync_EmptyAnswer_Succeeds()
    {
        stub.RespondWith(_ => new StubConnectorResponse(200));

        await connector.Client.DeleteActivityAsync(stub.ServiceUrl, "a:1", "act-1", CancellationToken.None);

        Assert.Equal("DELETE", Assert.Single(stub.Requests).Method);
    }

    [Fact]
    public async Task Send_TenSendsToOneConversation_NeverMoreThanSevenPerSecond()
    {
        var activity = Message() with { Conversation = new ConversationAccount { Id = "a:paced", TenantId = Payloads.TenantId } };

        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ =>
            connector.Client.SendToConversationAsync(stub.ServiceUrl, "a:paced", activity, CancellationToken.None)));

        var times = stub.Requests.Select(r => r.ReceivedAt).Order().ToList();
        Assert.Equal(10, times.Count);
        // Generous: the 8th call may not go out within one second of the 1st.
        Assert.True(times[7] - times[0] >= TimeSpan.FromMilliseconds(900), $"8th send after {times[7] - times[0]}");
    }

    private static Activity Message() => Activity.CreateMessage("hallo");
}
