namespace WorkshopBot.BotProtocol.Connector;

// Keeps outbound calls within the Teams bot limits by queueing (waiting), never failing:
// https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit
//
// Teams counts requests when they arrive, and a request arrives somewhere between the moment it
// is let through and the moment its response is back. So each call holds a lease from admission
// until its response (PacerLease.Dispose), and a call is admitted only if fewer than `limit`
// calls were still in flight or finished within the last window. Then no window of that length
// at the receiver can hold more than `limit` arrivals, however long a busy client or server
// stalls a request between admission and arrival. (The earlier design reserved send times ahead
// on the clock: late wake-ups then bunched, and Teams saw 36 requests within one second.)
public sealed class OutboundPacer
{
    // How long a caller blocked only by calls still in flight waits before looking again.
    internal static readonly TimeSpan InFlightPoll = TimeSpan.FromMilliseconds(20);

    // A lease nobody disposed (a bug, not a slow call: the connector's total timeout is shorter)
    // stops counting as in flight after this, so it cannot block a conversation for good.
    internal static readonly TimeSpan MaxInFlight = TimeSpan.FromMinutes(30);

    // Per bot per conversation (thread): about 7 per second, 60 per 30 s, 1800 per hour.
    private static readonly Limit[] ConversationLimits =
    [
        new(7, TimeSpan.TicksPerSecond),
        new(60, 30 * TimeSpan.TicksPerSecond),
        new(1800, TimeSpan.TicksPerHour),
    ];

    // Per app per tenant: 30 per second. Calls without a tenant share one bucket, so the limit
    // holds overall even when a caller does not know the tenant.
    private static readonly Limit[] TenantLimits = [new(30, TimeSpan.TicksPerSecond)];

    private static readonly long LongestConversationWindow = ConversationLimits.Max(l => l.WindowTicks);
    private static readonly long LongestTenantWindow = TenantLimits.Max(l => l.WindowTicks);

    private const int SweepEvery = 256;

    private readonly TimeProvider timeProvider;
    private readonly Lock gate = new();
    private readonly Dictionary<string, List<PacerLease>> conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<PacerLease>> tenants = new(StringComparer.Ordinal);
    private long admissions;

    public OutboundPacer(TimeProvider timeProvider)
    {
        this.timeProvider = timeProvider;
    }

    // Dispose the lease when the response (or failure) is back.
    public async ValueTask<PacerLease> WaitAsync(string? conversationId, string? tenantId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var wait = TryAdmit(conversationId, tenantId, out var lease);
            if (lease is not null)
            {
                return lease;
            }

            await Task.Delay(wait, timeProvider, cancellationToken);
        }
    }

    // Whether a call would be admitted right now. A peek: nothing is reserved, so a racing call may still
    // take the slot first (the call then waits in WaitAsync as usual).
    public bool CanAdmitNow(string? conversationId, string? tenantId)
    {
        lock (gate)
        {
            var now = timeProvider.GetUtcNow().UtcTicks;
            List<PacerLease>? conversationLog = null;
            if (!string.IsNullOrEmpty(conversationId))
            {
                conversations.TryGetValue(conversationId, out conversationLog);
            }

            tenants.TryGetValue(tenantId ?? "", out var tenantLog);
            return WaitFor(conversationLog, ConversationLimits, now) == 0 && WaitFor(tenantLog, TenantLimits, now) == 0;
        }
    }

    // Admits the call now (a lease) or says how long to wait before asking again; a refused call
    // leaves no trace, so waiters never hold slots they are not using.
    internal TimeSpan TryAdmit(string? conversationId, string? tenantId, out PacerLease? lease)
    {
        lock (gate)
        {
            var now = timeProvider.GetUtcNow().UtcTicks;
            var conversationLog = string.IsNullOrEmpty(conversationId) ? null : LogFor(conversations, conversationId);
            var tenantLog = LogFor(tenants, tenantId ?? "");

            var wait = Math.Max(WaitFor(conversationLog, ConversationLimits, now), WaitFor(tenantLog, TenantLimits, now));
            if (wait > 0)
            {
                lease = null;
                return TimeSpan.FromTicks(wait);
            }

            lease = new PacerLease(this, now);
            conversationLog?.Add(lease);
            tenantLog.Add(lease);
            if (++admissions % SweepEvery == 0)
            {
                Sweep(conversations, now - LongestConversationWindow);
                Sweep(tenants, now - LongestTenantWindow);
            }

            return TimeSpan.Zero;
        }
    }

    internal void Complete(PacerLease lease)
    {
        lock (gate)
        {
            lease.CompletedAt ??= timeProvider.GetUtcNow().UtcTicks;
        }
    }

    private static List<PacerLease> LogFor(Dictionary<string, List<PacerLease>> logs, string key)
    {
        if (!logs.TryGetValue(key, out var log))
        {
            log = [];
            logs[key] = log;
        }

        return log;
    }

    // Zero when a call may go now, otherwise ticks until enough counted calls age out of the
    // window (or a short poll when the blocking calls are still in flight).
    private static long WaitFor(List<PacerLease>? log, Limit[] limits, long now)
    {
        if (log is null)
        {
            return 0;
        }

        long wait = 0;
        foreach (var limit in limits)
        {
            var ends = log
                .Select(l => l.CompletedAt ?? (now - l.AdmittedAt < MaxInFlight.Ticks ? long.MaxValue : l.AdmittedAt + MaxInFlight.Ticks))
                .Where(end => end > now - limit.WindowTicks)
                .ToList();
            if (ends.Count < limit.Count)
            {
                continue;
            }

            // The call may go once all but limit - 1 of the counted calls have aged out.
            ends.Sort();
            var blocking = ends[ends.Count - limit.Count];
            wait = Math.Max(wait, blocking == long.MaxValue ? InFlightPoll.Ticks : blocking + limit.WindowTicks - now);
        }

        return wait;
    }

    private static void Sweep(Dictionary<string, List<PacerLease>> logs, long oldest)
    {
        foreach (var (key, log) in logs.ToList())
        {
            log.RemoveAll(l => (l.CompletedAt ?? l.AdmittedAt + MaxInFlight.Ticks) <= oldest);
            if (log.Count == 0)
            {
                logs.Remove(key);
            }
        }
    }

    private readonly record struct Limit(int Count, long WindowTicks);
}
