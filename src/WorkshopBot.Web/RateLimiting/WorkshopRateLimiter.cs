using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace WorkshopBot.Web.RateLimiting;

// One token bucket per user and one per werkgroep (keyed by its conversation), shared by the bot
// endpoint and the board API, from System.Threading.RateLimiting (what ASP.NET Core's rate limiting
// middleware is built on). The middleware itself partitions before the endpoint runs, but who is
// calling is only known after the Bot Framework token (inside the adapter) or the board's sign-in (in
// the access filter) is checked: limiting earlier would let anyone drain someone else's bucket by
// naming them in an unsigned request. Idle full buckets are dropped by the partitioned limiter, so
// memory stays bounded by the people and werkgroepen active in the last moments.
public sealed class WorkshopRateLimiter : IDisposable
{
    private static readonly TimeSpan ReplenishmentPeriod = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan NoticePeriod = TimeSpan.FromSeconds(30);

    private readonly PartitionedRateLimiter<string> users;
    private readonly PartitionedRateLimiter<string> werkgroepen;

    // One "slow down" message per user per half minute: a flood of refused messages gets one answer.
    private readonly PartitionedRateLimiter<string> notices = Buckets(1, 1, NoticePeriod);

    public WorkshopRateLimiter(IOptions<RateLimitOptions> options)
    {
        var limits = options.Value;
        users = Buckets(limits.PerUserBurst, limits.PerUserPerSecond);
        werkgroepen = Buckets(limits.PerWerkgroepBurst, limits.PerWerkgroepPerSecond);
    }

    // Null when the request may go ahead; otherwise how long to wait. A refused request takes no token
    // from the werkgroep's bucket when the user's own bucket refused it.
    public TimeSpan? Refusal(string? userId, string? werkgroepKey)
    {
        if (!string.IsNullOrEmpty(userId) && Acquire(users, userId) is { } userWait)
        {
            return userWait;
        }

        return !string.IsNullOrEmpty(werkgroepKey) ? Acquire(werkgroepen, werkgroepKey) : null;
    }

    public bool MayNotify(string? userId) => !string.IsNullOrEmpty(userId) && Acquire(notices, userId) is null;

    public void Dispose()
    {
        users.Dispose();
        werkgroepen.Dispose();
        notices.Dispose();
    }

    // Whole seconds, at least one: what Retry-After carries.
    public static int RetryAfterSeconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));

    private static TimeSpan? Acquire(PartitionedRateLimiter<string> limiter, string key)
    {
        using var lease = limiter.AttemptAcquire(key);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : ReplenishmentPeriod;
    }

    private static PartitionedRateLimiter<string> Buckets(int burst, int perPeriod, TimeSpan? period = null) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst,
            TokensPerPeriod = perPeriod,
            ReplenishmentPeriod = period ?? ReplenishmentPeriod,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
}
