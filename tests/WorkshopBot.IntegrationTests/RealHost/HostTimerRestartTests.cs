using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkshopBot.Cards;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.TestKit.Cards;
using WorkshopBot.TestKit.Hosting;
using WorkshopBot.Web.Workshop;
using Xunit;

namespace WorkshopBot.IntegrationTests.RealHost;

// A moderator starts a step timer; the app restarts (a deployment, a scale-in) before it ends. The end
// must still be announced in the meeting chat, and exactly once even with two instances running.
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class HostTimerRestartTests : HostBenchTest
{
    private const string TimeIsUp = "De tijd is om";

    private readonly MovableClock clock;

    public HostTimerRestartTests(AzuriteFixture azurite)
        : this(azurite, new MovableClock())
    {
    }

    private HostTimerRestartTests(AzuriteFixture azurite, MovableClock clock)
        : base(azurite, TimeSpan.FromSeconds(90), clock) => this.clock = clock;

    [Fact]
    public async Task StartTimer_HostRestartsBeforeTheEnd_EndIsStillAnnounced()
    {
        var conversation = HostBench.NewConversationId();
        var moderator = HostBench.User("Marieke");
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, moderator, Ct);
        await StartTimerAsync(conversation, moderator, werkgroepId);

        await Bench.RestartAsync(Ct);
        clock.Advance(TimeSpan.FromMinutes(2));
        await AnnounceDueAsync(Bench.Host);
        await WaitForTimeIsUpAsync();

        Assert.Equal(1, TimeIsUpPosts());
        Assert.Null((await Bench.WerkgroepAsync(werkgroepId, Ct)).Timer);
    }

    [Fact]
    public async Task StartTimer_TwoInstancesRunning_EndIsAnnouncedOnce()
    {
        var conversation = HostBench.NewConversationId();
        var moderator = HostBench.User("Marieke");
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, moderator, Ct);
        await StartTimerAsync(conversation, moderator, werkgroepId);
        await using var other = await Bench.StartOtherInstanceAsync(Ct);

        clock.Advance(TimeSpan.FromMinutes(2));
        await Task.WhenAll(AnnounceDueAsync(Bench.Host), AnnounceDueAsync(other));
        await WaitForTimeIsUpAsync();

        // Both announcers keep ticking; give them two more rounds to post a second time if they would.
        await Task.Delay(TimerAnnouncer.CheckInterval * 2, Ct);

        Assert.Equal(1, TimeIsUpPosts());
    }

    private async Task StartTimerAsync(string conversation, HostUser moderator, string werkgroepId)
    {
        var started = await Bench.PostAsync(
            Bench.Invoke(conversation, moderator, CardVerbs.StartTimer, new JsonObject { ["werkgroepId"] = werkgroepId, [CardInputs.TimerMinutes] = 1 }),
            Ct);
        Assert.True(started.IsCard, started.ToString());
        Assert.NotNull((await Bench.WerkgroepAsync(werkgroepId, Ct)).Timer);
    }

    // The announcer also ticks on its own every few seconds; calling it directly just avoids the wait.
    // Either way the werkgroep's ETag decides which call announces.
    private Task<int> AnnounceDueAsync(BotHost host) =>
        host.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<TimerAnnouncer>().Single().AnnounceDueAsync(Ct);

    // The announcement may come from the background tick of either instance, a moment after our call.
    private async Task WaitForTimeIsUpAsync()
    {
        for (int i = 0; i < 150 && TimeIsUpPosts() == 0; i++)
        {
            await Task.Delay(100, Ct);
        }
    }

    private int TimeIsUpPosts() =>
        Bench.Connector.Requests
            .Where(r => r.Method == "POST")
            .SelectMany(HostBench.CardsIn)
            .Count(card => CardQuery.AllText(card).Contains(TimeIsUp, StringComparison.Ordinal));
}
