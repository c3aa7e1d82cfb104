using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorkshopBot.Cards;
using WorkshopBot.IntegrationTests.Board;
using WorkshopBot.TestKit.Azurite;
using Xunit;

namespace WorkshopBot.IntegrationTests.RealHost;

// Issue 13, finding 8: rate limiting per person and per werkgroep on the bot endpoint and the board
// API, with small buckets so the test reaches them (the defaults are far above a live meeting; the
// fuzz and burst tests run with them). One person's flood does not lock out the others.
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class HostRateLimitTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const int Burst = 4;
    private static readonly Dictionary<string, string?> SmallBuckets = new()
    {
        ["RateLimits:PerUserBurst"] = Burst.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:PerUserPerSecond"] = "1",
        ["RateLimits:PerWerkgroepBurst"] = "1000",
        ["RateLimits:PerWerkgroepPerSecond"] = "100",
    };

    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(60));

    private CancellationToken Ct => _timeout.Token;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        _timeout.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task BotEndpoint_OnePersonsFloodOfClicks_RefusedInDutchWith429WhileAnotherPersonIsServed()
    {
        await using var bench = await HostBench.StartAsync(azurite, null, Ct, SmallBuckets);
        var conversation = HostBench.NewConversationId();
        var flooder = HostBench.User("Piet");
        var colleague = HostBench.User("Sanne");

        var replies = await Task.WhenAll(Enumerable.Range(0, Burst * 5).Select(_ =>
            bench.PostAsync(bench.Invoke(conversation, flooder, CardVerbs.ShowHelp, new JsonObject()), Ct)));
        var other = await bench.PostAsync(bench.Invoke(conversation, colleague, CardVerbs.ShowHelp, new JsonObject()), Ct);

        var refused = replies.Where(r => r.IsError).ToArray();
        Assert.NotEmpty(refused);
        Assert.All(refused, r =>
        {
            Assert.Equal(429, r.InvokeStatus);
            Assert.Equal("rate-limited", r.ErrorCode);
            Assert.StartsWith("Je doet dit wel heel vaak achter elkaar", r.ErrorMessage, StringComparison.Ordinal);
        });
        Assert.All(replies.Where(r => !r.IsError), r => Assert.True(r.IsCard, r.ToString()));
        Assert.True(other.IsCard, other.ToString());
    }

    [Fact]
    public async Task BoardApi_OnePersonsFloodOfActions_429WithRetryAfterWhilePollingTheBoardIsNeverLimited()
    {
        await using var board = await BoardApiHost.StartAsync(azurite, extraSettings: SmallBuckets);
        var token = board.TokenFor(BoardApiHost.Participant);

        var actions = new List<HttpResponseMessage>();
        for (var i = 0; i < Burst * 3; i++)
        {
            actions.Add(await SendAsync(board, HttpMethod.Post, $"/api/boards/{BoardApiHost.WerkgroepId}/actions", token, new { verb = "addNotes", data = new { step = 1, text = $"Idee {i}" } }));
        }

        var polls = new List<HttpResponseMessage>();
        for (var i = 0; i < Burst * 3; i++)
        {
            polls.Add(await SendAsync(board, HttpMethod.Get, $"/api/boards/{BoardApiHost.WerkgroepId}", token));
        }

        var limited = actions.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToArray();
        Assert.NotEmpty(limited);
        foreach (var response in limited)
        {
            Assert.True(response.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), "Retry-After is missing.");
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
            Assert.Equal("rate-limited", problem.RootElement.GetProperty("code").GetString());
        }

        Assert.All(polls, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
    }

    private async Task<HttpResponseMessage> SendAsync(BoardApiHost board, HttpMethod method, string path, string token, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await board.Client.SendAsync(request, Ct);
    }
}
