namespace WorkshopBot.BotProtocol.Connector;

// Keeps outbound calls within the Teams bot limits by queueing (waiting), never failing:
// https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit
// A call is admitted only when admitting it *now* keeps every sliding window within its limit,
// and the admission is logged at the moment it actually happens. Reserving send times ahead
// (the earlier design) let a stalled thread pool release late calls together with punctual ones:
// 36 requests arrived within one second under load. Counting real admissions cannot bunch that way.
// Each window is also lengthened by Guard, so up to Guard of jitter between admission and arrival
// at Teams (connection set-up, a busy client) still keeps the receiver's count within the limit.
public sealed class OutboundPacer
{
    public static readonly TimeSpan Guard = TimeSpan.FromMilliseconds(250);

    // Per bot per conversation (thread): about 7 per second, 60 per 30 s, 1800 per hour.
    private static readonly Limit[] ConversationLimits =
    [
        new(7, TimeSpan.TicksPerSecond + Guard.Ticks),
        new(60, (30 * TimeSpan.TicksPerSecond) + Guard.Ticks),
        new(1800, TimeSpan.TicksPerHour + Guard.Ticks),
    ];

    // Per app per tenant: 30 per second. Calls without a tenant share one bucket, so the limit
    // holds overall even when a caller does not know the tenant.
    private static readonly Limit[] TenantLimits = [new(30, TimeSpan.TicksPerSecond + Guard.Ticks)];

    private static readonly long LongestConversationWindow = ConversationLimits.Max(l => l.WindowTicks);
    private static readonly long LongestTenantWindow = TenantLimits.Max(l => l.WindowTicks);

    private const int SweepEvery = 1024;

    private readonly TimeProvider timeProvider;
    private readonly Lock gate = new();
    private readonly Dictionary<string, List<long>> conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<long>> tenants = new(StringComparer.Ordinal);
    private long admissions;

    public OutboundPacer(TimeProvider timeProvider)
    {
        this.timeProvider = timeProvider;
    }

    public async ValueTask WaitAsync(string? conversationId, string? tenantId, CancellationToken cancellationToken)
    {
        for (var wait = TryAdmit(conversationId, tenantId); wait > TimeSpan.Zero; wait = TryAdmit(conversationId, tenantId))
        {
            await Task.Delay(wait, timeProvider, cancellationToken);
        }
    }

    // Admits the call now (zero) or says how long to wait before asking again; a refused call
    // leaves no trace, so waiters never hold slots they are not using.
    internal TimeSpan TryAdmit(string? conversationId, string? tenantId)
    {
        lock (gate)
        {
            var now = timeProvider.GetUtcNow().UtcTicks;
            var conversationLog = string.IsNullOrEmpty(conversationId) ? null : LogFor(conversations, conversationId);
            var tenantLog = LogFor(tenants, tenantId ?? "");

            // A clock step backwards must not make the logs unordered.
            now = Math.Max(now, Math.Max(Last(conversationLog), Last(tenantLog)));
            var earliest = Math.Max(EarliestFor(conversationLog, ConversationLimits), EarliestFor(tenantLog, TenantLimits));
            if (earliest > now)
            {
                return TimeSpan.FromTicks(earliest - now);
            }

            conversationLog?.Add(now);
            tenantLog.Add(now);
            if (++admissions % SweepEvery == 0)
            {
                Sweep(conversations, now - LongestConversationWindow);
                Sweep(tenants, now - LongestTenantWindow);
            }

            return TimeSpan.Zero;
        }
    }

    private static List<long> LogFor(Dictionary<string, List<long>> logs, string key)
    {
        if (!logs.TryGetValue(key, out var log))
        {
            log = [];
            logs[key] = log;
        }

        return log;
    }

    private static long Last(List<long>? log) => log is { Count: > 0 } ? log[^1] : long.MinValue;

    // The log is ascending, so a window of `limit` calls is full until one window after the call
    // `limit` places back.
    private static long EarliestFor(List<long>? log, Limit[] limits)
    {
        var earliest = long.MinValue;
        if (log is null)
        {
            return earliest;
        }

        foreach (var limit in limits)
        {
            if (log.Count >= limit.Count)
            {
                earliest = Math.Max(earliest, log[log.Count - limit.Count] + limit.WindowTicks);
            }
        }

        return earliest;
    }

    private static void Sweep(Dictionary<string, List<long>> logs, long oldest)
    {
        foreach (var (key, log) in logs.ToList())
        {
            var keep = log.FindIndex(t => t >= oldest);
            if (keep < 0)
            {
                logs.Remove(key);
            }
            else if (keep > 0)
            {
                log.RemoveRange(0, keep);
            }
        }
    }

    private readonly record struct Limit(int Count, long WindowTicks);
}
