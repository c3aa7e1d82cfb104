using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WorkshopBot.BotProtocol.Hosting;
using WorkshopBot.TestKit.Azurite;
using Xunit;

namespace WorkshopBot.IntegrationTests.RealHost;

// Issue 13, finding 9 (second half): a flood of typed messages in one chat. Teams lets a bot send 60
// messages per conversation per 30 s (PROTOCOL.md §3) and gives up on an HTTP answer after 15 s (§1), so
// the bot must acknowledge every message without waiting for its reply to get through the pacer, and
// still deliver every reply.
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class HostReplyPacingTests(AzuriteFixture azurite) : HostBenchTest(azurite, TimeSpan.FromSeconds(150))
{
    private const int Messages = 100;
    private const int RepliesPerWindow = 60;

    [Fact]
    public async Task Message_HundredInOneChat_AllAcknowledgedBeforeThePacerReleasesMoreThanSixtyReplies_AndEveryReplyArrives()
    {
        var conversation = HostBench.NewConversationId();
        var people = Enumerable.Range(1, 5).Select(i => HostBench.User($"Deelnemer {i}")).ToArray();
        var messages = Enumerable.Range(0, Messages).Select(i => Bench.Message(conversation, people[i % people.Length], "help")).ToArray();
        var statuses = new ConcurrentBag<HttpStatusCode>();

        // Ten people typing at once, as in a busy chat.
        await Parallel.ForEachAsync(
            messages,
            new ParallelOptions { MaxDegreeOfParallelism = 10, CancellationToken = Ct },
            async (message, ct) => statuses.Add((await Bench.PostOnlyAsync(message, ct)).Status));
        var repliesWhenAllAcknowledged = RepliesTo(conversation);

        Assert.Equal(Messages, statuses.Count);
        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));

        // The 61st reply cannot leave before 30 s after the first; had any turn waited for its reply, the last
        // acknowledgement would have come after more than 60 replies.
        Assert.True(
            repliesWhenAllAcknowledged.Count <= RepliesPerWindow,
            $"{repliesWhenAllAcknowledged.Count} replies had reached the connector by the time the last of {Messages} messages was acknowledged.");

        await Bench.Host.Services.GetRequiredService<ReplyQueue>().WhenIdleAsync(Ct);
        var replies = RepliesTo(conversation);
        Assert.Equal(Messages, replies.Count);
        Assert.All(replies, reply => Assert.Single(HostBench.CardsIn(reply)));
        Bench.AssertEveryCardValid();
    }

    private IReadOnlyList<TestKit.Protocol.StubConnectorRequest> RepliesTo(string conversationId) =>
        Bench.Connector.Requests
            .Where(r => r.Method == "POST" && r.RawTarget.Contains($"/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities", StringComparison.Ordinal))
            .ToArray();
}
