using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WorkshopBot.BotProtocol.Authentication;
using WorkshopBot.BotProtocol.Connector;
using WorkshopBot.BotProtocol.Routing;
using WorkshopBot.BotProtocol.Schema;

namespace WorkshopBot.BotProtocol.Hosting;

// Replies to activities that are not invokes, sent after the turn has been acknowledged (PROTOCOL.md §1:
// "acknowledge, then continue proactively"). A reply must pass the outbound pacer (Teams: 60 sends per
// conversation per 30 s), so in a busy chat it may wait far longer than the 15 s the channel waits for our
// HTTP answer; the turn therefore queues it. Invokes still answer in their HTTP body. The usual case needs no
// queue: when nothing of the chat is queued and the pacer lets a send through within InlineWait (the
// per-second limits clear within a second), the reply goes out within the turn, as the Bot Framework SDK does
// (a client that reads the chat after our 200 sees it); only a reply that would wait longer (a chat over its
// 60 per 30 s) is deferred.
//
// One lane per conversation keeps each chat's replies in the order their turns queued them; lanes are
// independent, so a flooded chat does not hold up the others. The queue is bounded: when it is full,
// EnqueueAsync waits for room (the turn slows down; nothing is dropped). A reply that fails is logged with
// its conversation. At shutdown the lanes get BotFrameworkOptions.ReplyDrainTimeout (within the host's
// shutdown time) to drain; what is left is logged as undelivered.
public sealed partial class ReplyQueue : IHostedService, IDisposable
{
    public const int Capacity = 10_000;

    private readonly Dictionary<string, Queue<(TurnContext Turn, Activity Activity)>> lanes = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim room = new(Capacity, Capacity);
    private readonly CancellationTokenSource stopping = new();
    private readonly HashSet<Task> drains = [];
    private readonly IOptions<BotFrameworkOptions> options;
    private readonly ILogger<ReplyQueue> logger;
    private readonly OutboundPacer? pacer;
    private int pending;

    public static readonly TimeSpan DefaultInlineWait = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan PacerPoll = TimeSpan.FromMilliseconds(20);

    private readonly TimeSpan inlineWait;

    // Without a pacer every reply is queued (the queue's own tests).
    public ReplyQueue(IOptions<BotFrameworkOptions> options, ILogger<ReplyQueue> logger, OutboundPacer? pacer = null)
        : this(options, logger, pacer, DefaultInlineWait)
    {
    }

    public ReplyQueue(IOptions<BotFrameworkOptions> options, ILogger<ReplyQueue> logger, OutboundPacer? pacer, TimeSpan inlineWait)
    {
        this.options = options;
        this.logger = logger;
        this.pacer = pacer;
        this.inlineWait = inlineWait;
    }

    // Replies queued or being sent right now.
    public int Pending => Volatile.Read(ref pending);

    // Queues `activity` as a message in the turn's conversation. Returns once it is queued (or, when the
    // queue is full, once there is room again).
    public async ValueTask EnqueueAsync(TurnContext turn, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = turn.Reference.Conversation.Id!;
        if (!QueuedAhead(conversationId) && await PacerAdmitsSoonAsync(conversationId, turn.Reference.Conversation.TenantId, cancellationToken)
            && !QueuedAhead(conversationId))
        {
            await turn.SendActivityAsync(activity, cancellationToken);
            return;
        }

        if (!room.Wait(0))
        {
            LogFull(logger, Capacity);
            await room.WaitAsync(cancellationToken);
        }

        Task? drain = null;
        lock (lanes)
        {
            Interlocked.Increment(ref pending);
            if (lanes.TryGetValue(conversationId, out var lane))
            {
                // The lane's drain loop is running and picks it up.
                lane.Enqueue((turn, activity));
                return;
            }

            lanes[conversationId] = new([(turn, activity)]);
            drain = Task.Run(() => DrainAsync(conversationId));
            drains.Add(drain);
        }

        _ = drain.ContinueWith(
            finished =>
            {
                lock (lanes)
                {
                    drains.Remove(finished);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private bool QueuedAhead(string conversationId)
    {
        lock (lanes)
        {
            return lanes.ContainsKey(conversationId);
        }
    }

    private async Task<bool> PacerAdmitsSoonAsync(string conversationId, string? tenantId, CancellationToken cancellationToken)
    {
        if (pacer is null)
        {
            return false;
        }

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!pacer.CanAdmitNow(conversationId, tenantId))
        {
            if (waited.Elapsed >= inlineWait)
            {
                return false;
            }

            await Task.Delay(PacerPoll, cancellationToken);
        }

        return true;
    }

    // Completes when nothing is queued or being sent (tests wait for the bot's replies with it).
    public async Task WhenIdleAsync(CancellationToken cancellationToken)
    {
        while (Pending > 0)
        {
            await Task.Delay(10, cancellationToken);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Task[] running;
        lock (lanes)
        {
            running = [.. drains];
        }

        if (running.Length > 0)
        {
            using var drainTime = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            drainTime.CancelAfter(options.Value.ReplyDrainTimeout);
            try
            {
                await Task.WhenAll(running).WaitAsync(drainTime.Token);
            }
            catch (OperationCanceledException)
            {
                // Out of time: the sends still waiting are cancelled below and logged by their lanes.
            }
        }

        await stopping.CancelAsync();
    }

    public void Dispose()
    {
        stopping.Dispose();
        room.Dispose();
    }

    private async Task DrainAsync(string conversationId)
    {
        while (true)
        {
            (TurnContext Turn, Activity Activity) next;
            lock (lanes)
            {
                var lane = lanes[conversationId];
                if (lane.Count == 0)
                {
                    lanes.Remove(conversationId);
                    return;
                }

                next = lane.Dequeue();
            }

            try
            {
                await next.Turn.SendActivityAsync(next.Activity, stopping.Token);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                LogUndelivered(logger, conversationId);
            }
            catch (Exception ex)
            {
                // Logged, not retried here: the connector's resilience pipeline already retried what
                // may be retried (429, 5xx), and a refusal (403, 404) will not change.
                LogFailed(logger, conversationId, ex);
            }
            finally
            {
                Interlocked.Decrement(ref pending);
                room.Release();
            }
        }
    }

    [LoggerMessage(EventId = 1201, Level = LogLevel.Warning, Message = "The reply queue is full ({Capacity} replies waiting for the pacer); the turn waits for room")]
    private static partial void LogFull(ILogger logger, int capacity);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Error, Message = "A queued reply to conversation {ConversationId} could not be sent")]
    private static partial void LogFailed(ILogger logger, string conversationId, Exception exception);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Error, Message = "Shutting down: a queued reply to conversation {ConversationId} was not delivered")]
    private static partial void LogUndelivered(ILogger logger, string conversationId);
}
