using Microsoft.Extensions.Time.Testing;
using WorkshopBot.Web.Hosting;
using Xunit;

namespace WorkshopBot.Web.Tests.Hosting;

// Issue 13, finding 8: what one instance remembers per conversation or user (meeting starts, Teams
// ids from rosters) is keyed by ids anyone can send, so it must stay bounded.
public sealed class BoundedCacheTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Set_ManyMoreKeysThanCapacity_NeverHoldsMoreThanCapacityAndKeepsTheNewest()
    {
        var cache = new BoundedCache<string, int>(1_000, TimeSpan.FromHours(1), _clock);

        for (var i = 0; i < 100_000; i++)
        {
            _clock.Advance(TimeSpan.FromMilliseconds(1));
            cache.Set($"19:meeting_{i}@thread.v2", i);
            Assert.True(cache.Count <= 1_000, $"{cache.Count} entries after {i + 1} sets.");
        }

        Assert.True(cache.TryGet("19:meeting_99999@thread.v2", out var newest));
        Assert.Equal(99_999, newest);
        Assert.False(cache.TryGet("19:meeting_0@thread.v2", out _));
    }

    [Fact]
    public void TryGet_AfterTheLifetime_Forgotten()
    {
        var cache = new BoundedCache<string, string>(10, TimeSpan.FromHours(24), StringComparer.OrdinalIgnoreCase, _clock);
        cache.Set("0b7e9a52-3c1d-4e8f-a6b2-9d4c5e6f7a81", "29:1Qx8rT2vYw3Zk5Lm7Np9Hs4Jd6Fg");

        Assert.True(cache.TryGet("0B7E9A52-3C1D-4E8F-A6B2-9D4C5E6F7A81", out var teamsId));
        Assert.Equal("29:1Qx8rT2vYw3Zk5Lm7Np9Hs4Jd6Fg", teamsId);
        _clock.Advance(TimeSpan.FromHours(25));
        Assert.False(cache.TryGet("0b7e9a52-3c1d-4e8f-a6b2-9d4c5e6f7a81", out _));
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void TryRemove_ReturnsTheValueOnce()
    {
        var cache = new BoundedCache<string, DateTimeOffset>(10, TimeSpan.FromHours(24), _clock);
        cache.Set("19:meeting_a@thread.v2", _clock.GetUtcNow());

        Assert.True(cache.TryRemove("19:meeting_a@thread.v2", out _));
        Assert.False(cache.TryRemove("19:meeting_a@thread.v2", out _));
    }
}
