using Microsoft.Extensions.Time.Testing;
using WorkshopBot.Domain.Services;
using Xunit;

namespace WorkshopBot.Domain.Tests.Services;

// Issue 13, finding 8: what one instance remembers per conversation, user or aggregate (meeting starts,
// Teams ids from rosters, validated copies, conversation bindings, references written) is keyed by ids
// anyone can send, so it must stay bounded; when full, the oldest go and the newest stay.
public sealed class BoundedCacheTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Set_ManyMoreKeysThanCapacity_NeverHoldsMoreThanCapacityAndKeepsTheNewest()
    {
        var cache = new BoundedCache<string, int>(1_000, TimeSpan.FromHours(1), timeProvider: _clock);

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
        var cache = new BoundedCache<string, DateTimeOffset>(10, TimeSpan.FromHours(24), timeProvider: _clock);
        cache.Set("19:meeting_a@thread.v2", _clock.GetUtcNow());

        Assert.True(cache.TryRemove("19:meeting_a@thread.v2", out _));
        Assert.False(cache.TryRemove("19:meeting_a@thread.v2", out _));
    }

    // Without a lifetime (validated copies, conversation bindings) nothing expires, however old; only
    // going over capacity evicts, and then the oldest tenth at once, not everything.
    [Fact]
    public void Set_NoLifetimeOverCapacity_EvictsTheOldestTenthAndKeepsTheRest()
    {
        var cache = new BoundedCache<string, string>(100, timeProvider: _clock);
        for (var i = 0; i < 100; i++)
        {
            _clock.Advance(TimeSpan.FromDays(30));
            cache.Set($"19:chat_{i}@thread.v2", $"werkgroep-{i}");
        }

        _clock.Advance(TimeSpan.FromDays(365));
        Assert.True(cache.TryGet("19:chat_0@thread.v2", out var oldest));
        Assert.Equal("werkgroep-0", oldest);

        cache.Set("19:chat_100@thread.v2", "werkgroep-100");

        Assert.Equal(90, cache.Count);
        Assert.All(Enumerable.Range(0, 11), i => Assert.False(cache.TryGet($"19:chat_{i}@thread.v2", out _), $"chat {i} should be evicted"));
        Assert.All(Enumerable.Range(11, 90), i => Assert.True(cache.TryGet($"19:chat_{i}@thread.v2", out _), $"chat {i} should be kept"));
    }

    // Setting a key again refreshes its age: it survives the next eviction.
    [Fact]
    public void Set_KeySetAgain_CountsAsNewAndSurvivesEviction()
    {
        var cache = new BoundedCache<string, int>(10, timeProvider: _clock);
        for (var i = 0; i < 10; i++)
        {
            _clock.Advance(TimeSpan.FromSeconds(1));
            cache.Set($"k{i}", i);
        }

        _clock.Advance(TimeSpan.FromSeconds(1));
        cache.Set("k0", 100);
        _clock.Advance(TimeSpan.FromSeconds(1));
        cache.Set("k10", 10);

        Assert.True(cache.TryGet("k0", out var refreshed));
        Assert.Equal(100, refreshed);
        Assert.False(cache.TryGet("k1", out _));
        Assert.True(cache.Count <= 10);
    }

    // TryAdd keeps a live value (a copy read outside a write never replaces one a write kept), replaces an
    // expired one, and evicts like Set when full.
    [Fact]
    public void TryAdd_LiveValueKept_ExpiredValueReplaced_BoundedLikeSet()
    {
        var cache = new BoundedCache<string, string>(10, TimeSpan.FromMinutes(5), timeProvider: _clock);
        cache.Set("19:chat@thread.v2", "written");

        Assert.False(cache.TryAdd("19:chat@thread.v2", "read"));
        Assert.True(cache.TryGet("19:chat@thread.v2", out var kept));
        Assert.Equal("written", kept);

        _clock.Advance(TimeSpan.FromMinutes(6));
        Assert.True(cache.TryAdd("19:chat@thread.v2", "read later"));
        Assert.True(cache.TryGet("19:chat@thread.v2", out var replaced));
        Assert.Equal("read later", replaced);

        for (var i = 0; i < 1_000; i++)
        {
            _clock.Advance(TimeSpan.FromMilliseconds(1));
            Assert.True(cache.TryAdd($"k{i}", "v"));
            Assert.True(cache.Count <= 10, $"{cache.Count} entries after {i + 1} adds.");
        }

        Assert.True(cache.TryGet("k999", out _));
    }

    [Fact]
    public void Constructor_CapacityBelowOne_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new BoundedCache<string, int>(0));
}
