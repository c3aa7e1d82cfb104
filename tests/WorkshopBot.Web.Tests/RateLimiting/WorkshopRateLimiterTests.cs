using Microsoft.Extensions.Options;
using WorkshopBot.Web.RateLimiting;
using Xunit;

namespace WorkshopBot.Web.Tests.RateLimiting;

// Issue 13, finding 8: the buckets behind the bot endpoint and the board API.
public sealed class WorkshopRateLimiterTests
{
    private const string Werkgroep = "19:meeting_ontmoeting@thread.v2";

    [Fact]
    public void Defaults_FortyPeopleClickingTwentyTimesEachAtOnce_NobodyIsRefused()
    {
        using var limiter = new WorkshopRateLimiter(Options.Create(new RateLimitOptions()));

        var refused = Enumerable.Range(1, 40)
            .SelectMany(person => Enumerable.Range(0, 20).Select(_ => limiter.Refusal($"user-{person}", Werkgroep)))
            .Count(wait => wait is not null);

        Assert.Equal(0, refused);
    }

    [Fact]
    public void Refusal_OnePersonPastTheirBurst_RefusedWithAWaitWhileAnotherPersonGoesAhead()
    {
        using var limiter = new WorkshopRateLimiter(Options.Create(new RateLimitOptions { PerUserBurst = 5, PerUserPerSecond = 1 }));

        var waits = Enumerable.Range(0, 8).Select(_ => limiter.Refusal("flooder", Werkgroep)).ToArray();

        Assert.All(waits.Take(5), wait => Assert.Null(wait));
        Assert.All(waits.Skip(5), wait => Assert.True(wait > TimeSpan.Zero));
        Assert.Null(limiter.Refusal("colleague", Werkgroep));
    }

    [Fact]
    public void Refusal_WerkgroepPastItsBurst_RefusesEveryoneThere_NotOtherWerkgroepen()
    {
        using var limiter = new WorkshopRateLimiter(Options.Create(new RateLimitOptions { PerWerkgroepBurst = 10, PerWerkgroepPerSecond = 1 }));

        var waits = Enumerable.Range(0, 12).Select(i => limiter.Refusal($"user-{i}", Werkgroep)).ToArray();

        Assert.Equal(10, waits.Count(w => w is null));
        Assert.NotNull(limiter.Refusal("user-new", Werkgroep));
        Assert.Null(limiter.Refusal("user-new", "19:meeting_vervoer@thread.v2"));
    }

    [Fact]
    public void MayNotify_OncePerHalfMinute()
    {
        using var limiter = new WorkshopRateLimiter(Options.Create(new RateLimitOptions()));

        Assert.True(limiter.MayNotify("flooder"));
        Assert.False(limiter.MayNotify("flooder"));
        Assert.True(limiter.MayNotify("colleague"));
    }

    [Fact]
    public void RetryAfterSeconds_AtLeastOneWholeSecond()
    {
        Assert.Equal(1, WorkshopRateLimiter.RetryAfterSeconds(TimeSpan.FromMilliseconds(10)));
        Assert.Equal(3, WorkshopRateLimiter.RetryAfterSeconds(TimeSpan.FromSeconds(2.2)));
    }
}
