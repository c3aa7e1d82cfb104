using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WorkshopBot.BotProtocol.Authentication;
using WorkshopBot.BotProtocol.Connector;
using WorkshopBot.BotProtocol.Hosting;
using WorkshopBot.BotProtocol.Routing;
using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.BotProtocol.Tests.Support;
using WorkshopBot.TestKit.Protocol;

namespace WorkshopBot.BotProtocol.Tests.Hosting;

// Message replies leave after the turn is acknowledged: in order per conversation, one busy conversation
// does not hold up another, a failed send is logged and the next one still goes, and shutdown drains or
// says what it could not deliver.
public sealed class ReplyQueueTests : IDisposable
{
    private readonly CapturingLoggerProvider logs = new();
    private readonly ILoggerFactory loggerFactory;
    private readonly Activity inbound = Payloads.Load("message-channel-mention");

    public ReplyQueueTests()
    {
        loggerFactory = LoggerFactory.Create(builder => builder.AddProvider(logs));
    }

    public void Dispose() => loggerFactory.Dispose();

    [Fact]
    public async Task EnqueueAsync_SendIsHeldBack_ReturnsAtOnceAndSendsInOrderOnceReleased()
    {
        var connector = new GatedConnector();
        using var queue = Queue();
        var turn = new TurnContext(inbound, BotCallerIdentity.Anonymous, connector);

        foreach (var text in new[] { "een", "twee", "drie" })
        {
            var queued = queue.EnqueueAsync(turn, Activity.CreateMessage(text), CancellationToken.None);
            Assert.True(queued.IsCompleted, "Queuing a reply waited for the send.");
        }

        Assert.Equal(3, queue.Pending);
        connector.Open();
        await queue.WhenIdleAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(["een", "twee", "drie"], connector.Sent.Select(s => s.Activity.Text));
    }

    // The usual turn: nothing queued and the pacer lets the send through, so the reply leaves within the turn.
    [Fact]
    public async Task EnqueueAsync_PacerAdmitsNow_SendsWithinTheTurn()
    {
        var connector = new GatedConnector(gatedConversation: "19:someone-else@thread.v2");
        using var queue = Queue(pacer: new OutboundPacer(TimeProvider.System));
        var turn = new TurnContext(inbound, BotCallerIdentity.Anonymous, connector);

        await queue.EnqueueAsync(turn, Activity.CreateMessage("meteen"), CancellationToken.None);

        Assert.Equal(["meteen"], connector.Sent.Select(s => s.Activity.Text));
        Assert.Equal(0, queue.Pending);
    }

    // Several chats of one tenant at once (30 per second) or a quick exchange in one chat (7 per second): the
    // pacer admits within a second, and the turn waits for that rather than deferring its reply.
    [Fact]
    public async Task EnqueueAsync_PacerAdmitsWithinTheInlineWait_SendsWithinTheTurn()
    {
        var connector = new GatedConnector(gatedConversation: "19:someone-else@thread.v2");
        var pacer = new OutboundPacer(TimeProvider.System);
        using var queue = Queue(pacer: pacer);
        var turn = new TurnContext(inbound, BotCallerIdentity.Anonymous, connector);
        for (int i = 0; i < 7; i++)
        {
            (await pacer.WaitAsync(turn.Reference.Conversation.Id, turn.Reference.Conversation.TenantId, CancellationToken.None)).Dispose();
        }

        await queue.EnqueueAsync(turn, Activity.CreateMessage("zo meteen"), CancellationToken.None);

        Assert.Equal(["zo meteen"], connector.Sent.Select(s => s.Activity.Text));
        Assert.Equal(0, queue.Pending);
    }

    // A chat that used its 7 sends of this second, and a turn that may not wait for the pacer (the host lets it
    // wait up to ReplyQueue.DefaultInlineWait): the reply waits in the queue, the turn does not.
    [Fact]
    public async Task EnqueueAsync_PacerWouldMakeItWait_QueuesAndReturnsAtOnce()
    {
        var connector = new GatedConnector();
        var pacer = new OutboundPacer(TimeProvider.System);
        using var queue = Queue(pacer: pacer, inlineWait: TimeSpan.Zero);
        var turn = new TurnContext(inbound, BotCallerIdentity.Anonymous, connector);
        var leases = new List<PacerLease>();
        for (int i = 0; i < 7; i++)
        {
            leases.Add(await pacer.WaitAsync(turn.Reference.Conversation.Id, turn.Reference.Conversation.TenantId, CancellationToken.None));
        }

        var queued = queue.EnqueueAsync(turn, Activity.CreateMessage("later"), CancellationToken.None);

        Assert.True(queued.IsCompleted, "Queuing a reply waited for the pacer.");
        Assert.Equal(1, queue.Pending);
        leases.ForEach(lease => lease.Dispose());
        connector.Open();
        await queue.WhenIdleAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(["later"], connector.Sent.Select(s => s.Activity.Text));
    }

    [Fact]
    public async Task EnqueueAsync_OneConversationHeldBack_AnotherConversationsReplyStillGoes()
    {
        var connector = new GatedConnector(gatedConversation: inbound.Conversation!.Id);
        using var queue = Queue();
        var other = inbound with { Conversation = new ConversationAccount { Id = "19:other@thread.v2", ConversationType = "groupChat" } };

        await queue.EnqueueAsync(new TurnContext(inbound, BotCallerIdentity.Anonymous, connector), Activity.CreateMessage("wacht"), CancellationToken.None);
        await queue.EnqueueAsync(new TurnContext(other, BotCallerIdentity.Anonymous, connector), Activity.CreateMessage("gaat door"), CancellationToken.None);
        await connector.WaitForSentAsync(1);

        Assert.Equal("19:other@thread.v2", Assert.Single(connector.Sent).ConversationId);
        connector.Open();
        await queue.WhenIdleAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task EnqueueAsync_SendFails_FailureIsLoggedAndTheNextReplyIsSent()
    {
        var connector = new RecordingConnector();
        connector.FailNextWith(new ConnectorException("send", HttpStatusCode.BadGateway, null, "Bot Connector send failed with HTTP 502."));
        using var queue = Queue();
        var turn = new TurnContext(inbound, BotCallerIdentity.Anonymous, connector);

        await queue.EnqueueAsync(turn, Activity.CreateMessage("verloren"), CancellationToken.None);
        await queue.EnqueueAsync(turn, Activity.CreateMessage("aangekomen"), CancellationToken.None);
        await queue.WhenIdleAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("aangekomen", Assert.Single(connector.SentActivities).Text);
        var failure = Assert.Single(logs.Entries, e => e.EventId.Id == 1202);
        Assert.Equal(LogLevel.Error, failure.Level);
        Assert.Contains(inbound.Conversation!.Id!, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StopAsync_ReplyStillHeldBackWhenTheDrainTimeEnds_IsLoggedAsUndelivered()
    {
        var connector = new GatedConnector();
        using var queue = Queue(drainTimeout: TimeSpan.FromMilliseconds(100));
        await queue.EnqueueAsync(new TurnContext(inbound, BotCallerIdentity.Anonymous, connector), Activity.CreateMessage("te laat"), CancellationToken.None);

        await queue.StopAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        await queue.WhenIdleAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Empty(connector.Sent);
        Assert.Single(logs.Entries, e => e.EventId.Id == 1203 && e.Level == LogLevel.Error);
    }

    [Fact]
    public async Task StopAsync_RepliesQueued_DrainsThemBeforeReturning()
    {
        var connector = new RecordingConnector();
        using var queue = Queue();
        var turn = new TurnContext(inbound, BotCallerIdentity.Anonymous, connector);
        for (int i = 0; i < 20; i++)
        {
            await queue.EnqueueAsync(turn, Activity.CreateMessage($"antwoord {i}"), CancellationToken.None);
        }

        await queue.StopAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(20, connector.SentActivities.Count);
        Assert.Equal(0, queue.Pending);
    }

    private ReplyQueue Queue(TimeSpan? drainTimeout = null, OutboundPacer? pacer = null, TimeSpan? inlineWait = null) =>
        new(Options.Create(new BotFrameworkOptions { ReplyDrainTimeout = drainTimeout ?? TimeSpan.FromSeconds(10) }), loggerFactory.CreateLogger<ReplyQueue>(), pacer, inlineWait ?? ReplyQueue.DefaultInlineWait);

    // Sends wait until Open() (only those to gatedConversation, when given), as a pacer holding them back would.
    private sealed class GatedConnector(string? gatedConversation = null) : IConnectorClient
    {
        private readonly TaskCompletionSource gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly List<(string ConversationId, Activity Activity)> sent = [];

        public IReadOnlyList<(string ConversationId, Activity Activity)> Sent
        {
            get
            {
                lock (sent)
                {
                    return [.. sent];
                }
            }
        }

        public void Open() => gate.TrySetResult();

        public async Task WaitForSentAsync(int count)
        {
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
            while (Sent.Count < count && DateTime.UtcNow < deadline)
            {
                await Task.Delay(10);
            }
        }

        public async Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
        {
            if (gatedConversation is null || gatedConversation == conversationId)
            {
                await gate.Task.WaitAsync(cancellationToken);
            }

            lock (sent)
            {
                sent.Add((conversationId, activity));
                return new ResourceResponse($"activity-{sent.Count}");
            }
        }

        public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<TeamsChannelAccount> GetMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
