using Microsoft.Extensions.Time.Testing;
using WorkshopBot.BotProtocol.Connector;

namespace WorkshopBot.BotProtocol.Tests.Connector;

public sealed class OutboundPacerTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    private readonly FakeTimeProvider time = new(Start);

    [Fact]
    public void TryAdmit_BurstToOneConversation_SevenImmediatelyThenAfterTheGuardedSecond()
    {
        var pacer = new OutboundPacer(time);

        var waits = Enumerable.Range(0, 8).Select(_ => pacer.TryAdmit("conv", "tenant")).ToList();

        Assert.All(waits.Take(7), w => Assert.Equal(TimeSpan.Zero, w));
        Assert.Equal(Second + OutboundPacer.Guard, waits[7]);
    }

    [Fact]
    public void TryAdmit_Refused_LeavesNoTrace()
    {
        var pacer = new OutboundPacer(time);
        for (var i = 0; i < 7; i++)
        {
            pacer.TryAdmit("conv", "tenant");
        }

        var refusals = Enumerable.Range(0, 50).Select(_ => pacer.TryAdmit("conv", "tenant")).ToList();
        time.Advance(Second + OutboundPacer.Guard);

        Assert.All(refusals, w => Assert.True(w > TimeSpan.Zero));
        Assert.Equal(TimeSpan.Zero, pacer.TryAdmit("conv", "tenant"));
    }

    [Fact]
    public void Simulate_ManySendsToOneConversation_RespectsAllConversationWindows()
    {
        var pacer = new OutboundPacer(time);

        var times = Simulate(pacer, Enumerable.Range(0, 200).Select(_ => ("conv", (string?)"tenant")).ToList());

        Assert.Equal(200, times.Count);
        Assert.True(MaxInAnyWindow(times, Second) <= 7);
        Assert.True(MaxInAnyWindow(times, TimeSpan.FromSeconds(30)) <= 60);
        // 200 sends at 60 per 30 s need at least three full windows.
        Assert.True(times[^1] - times[0] >= TimeSpan.FromSeconds(90));
    }

    [Fact]
    public void TryAdmit_SendsOverAnHour_RespectsHourlyLimit()
    {
        var pacer = new OutboundPacer(time);

        var times = Simulate(pacer, Enumerable.Range(0, 1801).Select(_ => ("conv", (string?)null)).ToList());

        Assert.True(times[1800] - times[0] >= TimeSpan.FromHours(1));
    }

    [Fact]
    public void Simulate_HundredConversationsInOneTenant_AtMostThirtyInEverySlidingSecond()
    {
        var pacer = new OutboundPacer(time);

        var times = Simulate(pacer, Enumerable.Range(0, 100).Select(i => ($"conv-{i}", (string?)"tenant")).ToList());

        Assert.Equal(100, times.Count);
        Assert.Equal(30, MaxInAnyWindow(times, Second + OutboundPacer.Guard));
        // 100 sends at 30 per 1.25 s: the fourth batch starts after three guarded windows.
        Assert.Equal(3 * (Second + OutboundPacer.Guard), times[^1] - times[0]);
    }

    [Fact]
    public void Simulate_OneBusyThreadAndManyPersonalChats_BothLimitsHoldTogether()
    {
        var pacer = new OutboundPacer(time);
        var calls = Enumerable.Range(0, 100).SelectMany(i => new[] { ("thread", (string?)"tenant"), ($"chat-{i}", (string?)"tenant") }).ToList();

        var admitted = SimulateWithKeys(pacer, calls);

        Assert.Equal(200, admitted.Count);
        Assert.True(MaxInAnyWindow(admitted.Select(a => a.At).Order().ToList(), Second) <= 30);
        Assert.True(MaxInAnyWindow(admitted.Where(a => a.Conversation == "thread").Select(a => a.At).ToList(), Second) <= 7);
    }

    [Fact]
    public void TryAdmit_CallsWithoutTenant_ShareOneOverallLimit()
    {
        var pacer = new OutboundPacer(time);

        var waits = Enumerable.Range(0, 31).Select(i => pacer.TryAdmit($"conv-{i}", null)).ToList();

        Assert.All(waits.Take(30), w => Assert.Equal(TimeSpan.Zero, w));
        Assert.True(waits[30] > TimeSpan.Zero);
    }

    [Fact]
    public void TryAdmit_OtherTenant_IsNotHeldUp()
    {
        var pacer = new OutboundPacer(time);
        for (var i = 0; i < 100; i++)
        {
            pacer.TryAdmit($"conv-{i}", "busy-tenant");
        }

        var wait = pacer.TryAdmit("conv-x", "quiet-tenant");

        Assert.Equal(TimeSpan.Zero, wait);
    }

    [Fact]
    public void TryAdmit_BacklogInOneConversation_DoesNotHoldUpAnotherConversationOfTheTenant()
    {
        var pacer = new OutboundPacer(time);
        for (var i = 0; i < 100; i++)
        {
            pacer.TryAdmit("busy-conversation", "tenant");
        }

        var wait = pacer.TryAdmit("other-conversation", "tenant");

        Assert.Equal(TimeSpan.Zero, wait);
    }

    [Fact]
    public void TryAdmit_LateWakeUps_CannotBunchBeyondTheLimit()
    {
        // The failure of the old reserve-ahead pacer: callers told to come back later all arrive
        // at once after a stall. Admission counts what is actually let through.
        var pacer = new OutboundPacer(time);
        for (var i = 0; i < 30; i++)
        {
            pacer.TryAdmit($"early-{i}", "tenant");
        }

        time.Advance(TimeSpan.FromMilliseconds(900));
        var afterStall = Enumerable.Range(0, 40).Count(i => pacer.TryAdmit($"late-{i}", "tenant") == TimeSpan.Zero);

        Assert.Equal(0, afterStall);
    }

    [Fact]
    public async Task WaitAsync_OverLimit_CompletesOnlyWhenFakeClockReachesTheWindowEnd()
    {
        var pacer = new OutboundPacer(time);
        for (var i = 0; i < 7; i++)
        {
            await pacer.WaitAsync("conv", "tenant", CancellationToken.None);
        }

        var eighth = pacer.WaitAsync("conv", "tenant", CancellationToken.None).AsTask();
        time.Advance(Second + OutboundPacer.Guard - TimeSpan.FromMilliseconds(1));
        var completedEarly = eighth.IsCompleted;
        time.Advance(TimeSpan.FromMilliseconds(1));
        await eighth.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(completedEarly);
        Assert.True(eighth.IsCompletedSuccessfully);
    }

    // Every caller asks at the start; a refused caller comes back exactly when told. Returns the
    // admission times in order.
    private List<DateTimeOffset> Simulate(OutboundPacer pacer, IReadOnlyList<(string Conversation, string? Tenant)> calls) =>
        SimulateWithKeys(pacer, calls).Select(a => a.At).ToList();

    private List<(string Conversation, DateTimeOffset At)> SimulateWithKeys(OutboundPacer pacer, IReadOnlyList<(string Conversation, string? Tenant)> calls)
    {
        var queue = new PriorityQueue<int, (DateTimeOffset At, int Index)>();
        for (var i = 0; i < calls.Count; i++)
        {
            queue.Enqueue(i, (time.GetUtcNow(), i));
        }

        var admitted = new List<(string, DateTimeOffset)>();
        while (queue.TryDequeue(out var index, out var due))
        {
            if (due.At > time.GetUtcNow())
            {
                time.SetUtcNow(due.At);
            }

            var wait = pacer.TryAdmit(calls[index].Conversation, calls[index].Tenant);
            if (wait == TimeSpan.Zero)
            {
                admitted.Add((calls[index].Conversation, time.GetUtcNow()));
            }
            else
            {
                queue.Enqueue(index, (time.GetUtcNow() + wait, index));
            }
        }

        return admitted;
    }

    // The most calls within any half-open window [t, t + window) of the sorted times.
    private static int MaxInAnyWindow(IReadOnlyList<DateTimeOffset> sorted, TimeSpan window)
    {
        var max = 0;
        var from = 0;
        for (var to = 0; to < sorted.Count; to++)
        {
            while (sorted[to] - sorted[from] >= window)
            {
                from++;
            }

            max = Math.Max(max, to - from + 1);
        }

        return max;
    }
}
