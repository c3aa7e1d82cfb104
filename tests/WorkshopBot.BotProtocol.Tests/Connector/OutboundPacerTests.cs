using Microsoft.Extensions.Time.Testing;
using WorkshopBot.BotProtocol.Connector;

namespace WorkshopBot.BotProtocol.Tests.Connector;

public sealed class OutboundPacerTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider time = new(Start);

    [Fact]
    public void Reserve_BurstToOneConversation_SevenImmediatelyThenOneSecondLater()
    {
        var pacer = new OutboundPacer(time);

        var delays = Enumerable.Range(0, 8).Select(_ => pacer.Reserve("conv", "tenant")).ToList();

        Assert.All(delays.Take(7), d => Assert.Equal(TimeSpan.Zero, d));
        Assert.Equal(TimeSpan.FromSeconds(1), delays[7]);
    }

    [Fact]
    public void Reserve_ManySendsToOneConversation_RespectsAllConversationWindows()
    {
        var pacer = new OutboundPacer(time);

        var times = Enumerable.Range(0, 200).Select(_ => Start + pacer.Reserve("conv", "tenant")).ToList();

        AssertAtMost(times, 7, TimeSpan.FromSeconds(1));
        AssertAtMost(times, 60, TimeSpan.FromSeconds(30));
        // 200 sends at 60 per 30 s need at least three full windows.
        Assert.True(times[^1] - times[0] >= TimeSpan.FromSeconds(90));
    }

    [Fact]
    public void Reserve_SendsOverAnHour_RespectsHourlyLimit()
    {
        var pacer = new OutboundPacer(time);

        var times = Enumerable.Range(0, 1801).Select(_ => Start + pacer.Reserve("conv", null)).ToList();

        Assert.True(times[1800] - times[0] >= TimeSpan.FromHours(1));
    }

    [Fact]
    public void Reserve_ManyConversationsInOneTenant_AtMostThirtyPerSecond()
    {
        var pacer = new OutboundPacer(time);

        var times = Enumerable.Range(0, 120).Select(i => Start + pacer.Reserve($"conv-{i}", "tenant")).ToList();

        AssertAtMost(times.Order().ToList(), 30, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void Reserve_OtherTenant_IsNotHeldUp()
    {
        var pacer = new OutboundPacer(time);
        for (var i = 0; i < 100; i++)
        {
            pacer.Reserve($"conv-{i}", "busy-tenant");
        }

        var delay = pacer.Reserve("conv-x", "quiet-tenant");

        Assert.Equal(TimeSpan.Zero, delay);
    }

    [Fact]
    public void Reserve_BacklogInOneConversation_DoesNotHoldUpAnotherConversationOfTheTenant()
    {
        var pacer = new OutboundPacer(time);
        for (var i = 0; i < 100; i++)
        {
            pacer.Reserve("busy-conversation", "tenant");
        }

        var delay = pacer.Reserve("other-conversation", "tenant");

        Assert.Equal(TimeSpan.Zero, delay);
    }

    [Fact]
    public void Reserve_AfterTheWindowPasses_NoDelay()
    {
        var pacer = new OutboundPacer(time);
        for (var i = 0; i < 7; i++)
        {
            pacer.Reserve("conv", "tenant");
        }

        time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(TimeSpan.Zero, pacer.Reserve("conv", "tenant"));
    }

    [Fact]
    public async Task WaitAsync_OverLimit_CompletesOnlyWhenFakeClockReachesSlot()
    {
        var pacer = new OutboundPacer(time);
        for (var i = 0; i < 7; i++)
        {
            await pacer.WaitAsync("conv", "tenant", CancellationToken.None);
        }

        var eighth = pacer.WaitAsync("conv", "tenant", CancellationToken.None).AsTask();
        time.Advance(TimeSpan.FromMilliseconds(999));
        var completedEarly = eighth.IsCompleted;
        time.Advance(TimeSpan.FromMilliseconds(1));
        await eighth.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(completedEarly);
        Assert.True(eighth.IsCompletedSuccessfully);
    }

    private static void AssertAtMost(IReadOnlyList<DateTimeOffset> sortedTimes, int limit, TimeSpan window)
    {
        for (var i = 0; i + limit < sortedTimes.Count; i++)
        {
            Assert.True(
                sortedTimes[i + limit] - sortedTimes[i] >= window,
                $"{limit + 1} calls within {sortedTimes[i + limit] - sortedTimes[i]} (limit {limit} per {window}) at index {i}");
        }
    }
}
