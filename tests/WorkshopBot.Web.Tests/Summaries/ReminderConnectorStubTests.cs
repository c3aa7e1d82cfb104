using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using WorkshopBot.Application.Summaries;
using WorkshopBot.BotProtocol.Connector;
using WorkshopBot.BotProtocol.Hosting;
using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.Cards;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.TestKit.Protocol;
using WorkshopBot.Web.Summaries;
using Xunit;
using Xunit.Abstractions;

namespace WorkshopBot.Web.Tests.Summaries;

// Reminders through the real connector (typed HttpClient, pacer, resilience) against a stub
// connector on 127.0.0.1. These use a socket and the real clock for the connector; the worker's
// own clock stays fake.
public sealed class ReminderConnectorStubTests(ITestOutputHelper output) : IAsyncLifetime
{
    private IHost host = null!;
    private StubConnectorServer stub = null!;

    public async Task InitializeAsync()
    {
        stub = await StubConnectorServer.StartAsync();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["BotFramework:Connector:MaxRetryAttempts"] = "3",
            ["BotFramework:Connector:BaseDelay"] = "00:00:00.050",
            ["BotFramework:Connector:MaxDelay"] = "00:00:00.200",
            ["BotFramework:Connector:MaxRetryAfter"] = "00:00:05",
            ["BotFramework:Connector:AttemptTimeout"] = "00:00:02",
            ["BotFramework:Connector:TotalTimeout"] = "00:00:30",
        });
        builder.AddBotProtocol();
        builder.Services.AddSingleton<IBotTokenProvider>(new FixedToken());
        host = builder.Build();
    }

    public async Task DisposeAsync()
    {
        host.Dispose();
        await stub.DisposeAsync();
    }

    [Fact]
    public async Task RunOnceAsync_HundredReviewersWhileThirtyAnswer_EverySlidingSecondWithinTeamsLimits()
    {
        var fixture = Fixture();
        var review = await fixture.PublishAsync(reviewers: 100, serviceUrl: stub.ServiceUrl);
        string[] blocked = ["user-013", "user-097"];
        string[] throttled = ["user-005", "user-095"];
        var throttledOnce = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>();
        stub.RespondWith(r =>
            blocked.Any(b => r.Body.Contains(b, StringComparison.Ordinal)) ? StubConnectorResponse.Error(403, "MessageWritesBlocked")
            : throttled.FirstOrDefault(t => r.Body.Contains(t, StringComparison.Ordinal)) is { } t && throttledOnce.TryAdd(t, true) ? StubConnectorResponse.Error(429, "TooManyRequests") with { RetryAfterSeconds = 1 }
            : StubConnectorResponse.Created($"stub-{r.Sequence}"));

        // Warm the HTTP connection and JIT first, so the measured run is the pacer, not a cold start.
        await fixture.Connector.GetPagedMembersAsync(stub.ServiceUrl, "warm-up", null, null, CancellationToken.None);
        var started = DateTimeOffset.UtcNow;
        var reminding = Task.Run(() => fixture.NewWorker().RunOnceAsync(CancellationToken.None));

        // Once the round is claimed (first reminder out), 30 partners answer: each answer PUTs the
        // shared card in the one thread, on top of the reminders. The shared card names who
        // answered, so the answering partners are kept apart from the blocked and throttled ones.
        while (stub.Requests.Count < 2 && !reminding.IsCompleted)
        {
            await Task.Delay(5);
        }

        var service = fixture.Driver();
        var answers = Enumerable.Range(30, 30).Select(i => Task.Run(() => AnswerAsync(service, review, i))).ToList();
        await Task.WhenAll([reminding, .. answers]);
        var total = DateTimeOffset.UtcNow - started;

        var requests = stub.Requests.Skip(1).OrderBy(r => r.ReceivedAt).ToList();
        var reminders = requests.Where(r => r.Method == "POST" && r.RawTarget == "/v3/conversations" && !r.Body.Contains(ReviewFixture.Moderator.UserId, StringComparison.Ordinal)).ToList();
        var cardUpdates = requests.Where(r => r.Method == "PUT").ToList();
        var overall = MaxInAnySlidingSecond(requests);
        var perConversation = requests.GroupBy(ConversationOf).Max(MaxInAnySlidingSecond);
        var reminderSpan = reminders[^1].ReceivedAt - reminders[0].ReceivedAt;
        output.WriteLine($"{requests.Count} requests ({reminders.Count} reminder creates, {cardUpdates.Count} card updates) in {total.TotalSeconds:F2} s (reminders first to last {reminderSpan.TotalSeconds:F2} s); max {overall} in any sliding second overall, {perConversation} per conversation");

        Assert.True(overall <= 30, $"{overall} requests within one second: " + Timeline(requests));
        Assert.True(perConversation <= 7, $"{perConversation} requests to one conversation within one second: " + Timeline(cardUpdates));
        Assert.Equal(100, reminders.Select(r => r.Body).Distinct().Count());
        Assert.Equal(30, cardUpdates.Count);
        foreach (var user in throttled)
        {
            var attempts = reminders.Where(r => r.Body.Contains(user, StringComparison.Ordinal)).ToList();
            Assert.Equal(2, attempts.Count);
            Assert.True(attempts[1].ReceivedAt - attempts[0].ReceivedAt >= TimeSpan.FromSeconds(0.9), $"Retry-After: 1 must be waited out for {user}");
        }

        var reloaded = await fixture.ReloadAsync(review);
        Assert.Equal(blocked, reloaded.Unreachable.Order());
        Assert.Equal(30, reloaded.Responses.Count);
        var notice = Assert.Single(requests, r => r.Body.Contains(ReviewFixture.Moderator.UserId, StringComparison.Ordinal));
        Assert.Contains("Partner 13", notice.Body, StringComparison.Ordinal);
        Assert.Contains("Partner 97", notice.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunOnceAsync_Throttled_HonoursRetryAfterAndDelivers()
    {
        var fixture = Fixture();
        var review = await fixture.PublishAsync(reviewers: 1, serviceUrl: stub.ServiceUrl);
        stub.RespondWith(r => r.Sequence == 1
            ? StubConnectorResponse.Error(429, "TooManyRequests") with { RetryAfterSeconds = 1 }
            : StubConnectorResponse.Created($"stub-{r.Sequence}"));

        await fixture.NewWorker().RunOnceAsync(CancellationToken.None);

        var requests = stub.Requests;
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromSeconds(0.9), "Retry-After: 1 must be waited out");
        Assert.Empty((await fixture.ReloadAsync(review)).Unreachable);
    }

    [Fact]
    public async Task RunOnceAsync_ReviewerBlocked_DroppedAndReportedToModerator()
    {
        var fixture = Fixture();
        var review = await fixture.PublishAsync(reviewers: 3, serviceUrl: stub.ServiceUrl);
        stub.RespondWith(r => r.Body.Contains("user-002", StringComparison.Ordinal)
            ? StubConnectorResponse.Error(403, "MessageWritesBlocked")
            : StubConnectorResponse.Created($"stub-{r.Sequence}"));

        await fixture.NewWorker().RunOnceAsync(CancellationToken.None);

        Assert.Equal(["user-002"], (await fixture.ReloadAsync(review)).Unreachable);
        Assert.Single(stub.Requests, r => r.Body.Contains("user-002", StringComparison.Ordinal) && !r.Body.Contains(ReviewFixture.Moderator.UserId, StringComparison.Ordinal));
        var notice = Assert.Single(stub.Requests, r => r.Body.Contains(ReviewFixture.Moderator.UserId, StringComparison.Ordinal));
        Assert.Contains("Partner 2", notice.Body, StringComparison.Ordinal);
    }

    private static async Task AnswerAsync(SummaryDriver service, SummaryReview review, int reviewer)
    {
        var who = ReviewFixture.Reviewer(reviewer);
        var origin = new ConversationReference
        {
            ServiceUrl = review.Card!.ServiceUrl,
            ChannelId = "msteams",
            Conversation = new ConversationAccount { Id = ReviewFixture.ThreadId, TenantId = ReviewFixture.TenantId },
            Bot = new ChannelAccount { Id = "28:bot" },
            TenantId = ReviewFixture.TenantId,
        };

        // "Busy" asks the partner to click again; a partner does.
        for (var click = 0; click < 5; click++)
        {
            var result = await service.RespondAsync(SummaryCardIds.Format(review.TrajectId, review.Id), new Actor(who.UserId, who.Name, who.Organisation), ReviewAnswer.Akkoord, null, origin, Language.Dutch, CancellationToken.None);
            if (result.IsSuccess || result.Error!.Code != DomainErrorCodes.TooBusy)
            {
                Assert.True(result.IsSuccess, result.Error?.Code);
                return;
            }
        }

        Assert.Fail($"{who.UserId} stayed busy");
    }

    // Creates start a new conversation each; the others name theirs in the path.
    private static string ConversationOf(StubConnectorRequest request)
    {
        var parts = request.RawTarget.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 2 ? Uri.UnescapeDataString(parts[2]) : $"new-{request.Sequence}";
    }

    // The most requests the stub received within any half-open second [t, t + 1 s).
    private static int MaxInAnySlidingSecond(IEnumerable<StubConnectorRequest> requests)
    {
        var times = requests.Select(r => r.ReceivedAt).Order().ToList();
        var max = 0;
        var from = 0;
        for (var to = 0; to < times.Count; to++)
        {
            while (times[to] - times[from] >= TimeSpan.FromSeconds(1))
            {
                from++;
            }

            max = Math.Max(max, to - from + 1);
        }

        return max;
    }

    private static string Timeline(IReadOnlyList<StubConnectorRequest> requests) =>
        string.Join(",", requests.Select(r => (int)(r.ReceivedAt - requests[0].ReceivedAt).TotalMilliseconds));

    private ReviewFixture Fixture() => new(host.Services.GetRequiredService<IConnectorClient>(), host.Services.GetRequiredService<TrustedServiceUrls>());

    private sealed class FixedToken : IBotTokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>("test-token");
    }
}
