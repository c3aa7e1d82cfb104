namespace WorkshopBot.BotProtocol.Connector;

// Keeps outbound calls within the Teams bot limits by queueing (waiting), never failing:
// https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit
// Each call reserves a send time under a lock and then waits for it, so the schedule is exact
// and can be tested with a fake TimeProvider.
public sealed class OutboundPacer
{
    // Per bot per conversation (thread).
    private static readonly (int Limit, long WindowTicks)[] ConversationLimits =
    [
        (7, TimeSpan.TicksPerSecond),
        (60, 30 * TimeSpan.TicksPerSecond),
        (1800, TimeSpan.TicksPerHour),
    ];

    private static readonly long LongestConversationWindow = ConversationLimits.Max(l => l.WindowTicks);

    // Per app per tenant: 30 per second. Reservations of different conversations can lie in the
    // future in any order, so the tenant limit counts per 500 ms slot, 10 per slot: a one-second
    // window touches at most three slots, hence at most 30 calls. That keeps a conversation's
    // burst of 7 intact, sustains 20 per second per tenant, and one busy conversation never holds
    // up the others.
    private const long TenantSlotTicks = TimeSpan.TicksPerSecond / 2;
    private const int TenantPerSlot = 10;

    private const int SweepEvery = 1024;

    private readonly TimeProvider timeProvider;
    private readonly Lock gate = new();
    private readonly Dictionary<string, List<long>> conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Tenant, long Slot), int> tenantSlots = [];
    private long reservations;

    public OutboundPacer(TimeProvider timeProvider)
    {
        this.timeProvider = timeProvider;
    }

    public async ValueTask WaitAsync(string? conversationId, string? tenantId, CancellationToken cancellationToken)
    {
        var delay = Reserve(conversationId, tenantId);
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, timeProvider, cancellationToken);
        }
    }

    // Returns how long the caller must wait before its call may go out.
    internal TimeSpan Reserve(string? conversationId, string? tenantId)
    {
        lock (gate)
        {
            var now = timeProvider.GetUtcNow().UtcTicks;
            var at = now;

            List<long>? log = null;
            if (!string.IsNullOrEmpty(conversationId))
            {
                if (!conversations.TryGetValue(conversationId, out log))
                {
                    log = [];
                    conversations[conversationId] = log;
                }

                at = Math.Max(at, EarliestFor(log));
            }

            if (!string.IsNullOrEmpty(tenantId))
            {
                var slot = at / TenantSlotTicks;
                while (tenantSlots.TryGetValue((tenantId, slot), out var used) && used >= TenantPerSlot)
                {
                    slot++;
                }

                tenantSlots[(tenantId, slot)] = tenantSlots.GetValueOrDefault((tenantId, slot)) + 1;
                at = Math.Max(at, slot * TenantSlotTicks);
            }

            log?.Add(at);

            if (++reservations % SweepEvery == 0)
            {
                Sweep(now);
            }

            return TimeSpan.FromTicks(at - now);
        }
    }

    // A conversation's reservations are ascending, so each limit is a lower bound: the next
    // call may go out one window after the call `limit` places back.
    private static long EarliestFor(List<long> log)
    {
        if (log.Count == 0)
        {
            return long.MinValue;
        }

        var earliest = log[^1];
        foreach (var (limit, window) in ConversationLimits)
        {
            if (log.Count >= limit)
            {
                earliest = Math.Max(earliest, log[log.Count - limit] + window);
            }
        }

        return earliest;
    }

    private void Sweep(long now)
    {
        foreach (var (conversationId, log) in conversations.ToList())
        {
            var stale = log.FindIndex(t => t >= now - LongestConversationWindow);
            if (stale < 0)
            {
                conversations.Remove(conversationId);
            }
            else if (stale > 0)
            {
                log.RemoveRange(0, stale);
            }
        }

        var oldestSlot = (now - TimeSpan.TicksPerSecond) / TenantSlotTicks;
        foreach (var key in tenantSlots.Keys.Where(k => k.Slot < oldestSlot).ToList())
        {
            tenantSlots.Remove(key);
        }
    }
}
