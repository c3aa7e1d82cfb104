using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WorkshopBot.BotProtocol.Connector;
using WorkshopBot.BotProtocol.Hosting;
using WorkshopBot.TestKit.Protocol;
using Xunit;

namespace WorkshopBot.Web.Tests.Summaries;

// Reminders through the real connector (typed HttpClient, pacer, resilience) against a stub
// connector on 127.0.0.1. These use a socket and the real clock for the connector; the worker's
// own clock stays fake.
public sealed class ReminderConnectorStubTests : IAsyncLifetime
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
    public async Task RunOnceAsync_HundredReviewers_AllRemindedWithinTenantRate()
    {
        var fixture = Fixture();
        await fixture.PublishAsync(reviewers: 100, serviceUrl: stub.ServiceUrl);

        // Warm the HTTP connection and JIT first: a cold start stalls the first sends after their
        // pacer reservation, and late arrivals then bunch (see the report).
        await fixture.Connector.GetPagedMembersAsync(stub.ServiceUrl, "warm-up", null, null, CancellationToken.None);
        await fixture.NewWorker().RunOnceAsync(CancellationToken.None);

        var creates = stub.Requests.Skip(1).Where(r => r.Method == "POST" && r.RawTarget == "/v3/conversations").OrderBy(r => r.ReceivedAt).ToList();
        Assert.Equal(100, creates.Count);
        Assert.Equal(100, creates.Select(r => r.Body).Distinct().Count());

        // Teams allows 30 requests per second per app per tenant. The pacer reserves 6 sends per
        // 250 ms; a client stall (a loaded 2-core box) can make two slots arrive together, so the
        // rate is asserted over 2-second windows (≤ 60), plus a minimum total duration.
        var busiest = creates.Max(first => creates.Count(r => r.ReceivedAt >= first.ReceivedAt && r.ReceivedAt < first.ReceivedAt + TimeSpan.FromSeconds(2)));
        Assert.True(busiest <= 60, $"{busiest} requests within two seconds: " + string.Join(",", creates.Select(r => (int)(r.ReceivedAt - creates[0].ReceivedAt).TotalMilliseconds)));
        Assert.True(creates[^1].ReceivedAt - creates[0].ReceivedAt >= TimeSpan.FromSeconds(3), "100 sends at 30/s cannot take less than ~3 s");
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

    private ReviewFixture Fixture() => new(host.Services.GetRequiredService<IConnectorClient>(), host.Services.GetRequiredService<TrustedServiceUrls>());

    private sealed class FixedToken : IBotTokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>("test-token");
    }
}
