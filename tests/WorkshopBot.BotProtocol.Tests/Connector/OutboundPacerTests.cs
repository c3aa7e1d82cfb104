using Microsoft.Extensions.Time.Testing;
using WorkshopBot.BotProtocol.Connector;

namespace WorkshopBot.BotProtocol.Tests.Connector;

public sealed class OutboundPacerTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    private readonly FakeTimeProvider time = new(Start);

    [Fact]
    public void TryAdmit_BurstToOneConversation_SevenImmediatelyThenOneSecondLater()
    {
        var pacer = new OutboundPacer(time);

        var waits = Enumerable.Range(0, 8).Select(_ => Admit(pacer, "conv", "tenant")).ToList();

        Assert.All(waits.Take(7), w => Assert.Equal(TimeSpan.Zero, w));
        Assert.Equal(Second, waits[7]);
    }

    [Fact]
    public void TryAdmit_Refused_LeavesNoTrace()
    {
        var pacer = new OutboundPacer(time);
        for (var i = 0; i < 7; i++)
        {
            Admit(pacer, "conv", "tenant");
        }

        var refusals = Enumerable.Range(0, 50).Select(_ => Admit(pacer, "conv", "tenant")).ToList();
        time.Advance(Second);

        Assert.All(refusals, w => Assert.True(w > TimeSpan.Zero));
        Assert.Equal(TimeSpan.Zero, Admit(pacer, "conv", "tenant"));
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

        // One caller at a time, each coming back when told: 1801 waiting at once would make the
        // simulation quadratic.
        var times = new List<DateTimeOffset>();
        while (times.Count < 1801)
        {
            var wait = Admit(pacer, "conv", null);
            if (wait == TimeSpan.Zero)
            {
                times.Add(time.GetUtcNow());
            }
            else
            {
                time.Advance(wait);
            }
        }

        Assert.True(times[1800] - times[0] >= TimeSpan.FromHours(1));
    }

    [Fact]
    public void Simulate_HundredConversationsInOneTenant_AtMostThirtyInEverySlidingSecond()
    {
        var pacer = new OutboundPacer(time);

        var times = Simulate(pacer, Enumerable.Range(0, 100).Select(i => ($"conv-{i}", (string?)"tenant")).ToList());

        Assert.Equal(100, times.Count);
        Assert.Equal(30, MaxInAnyWindow(times, Second));
        // 100 sends at 30 per second: the fourth batch starts after three windows.
        Assert.Equal(3 * Second, times[^1] - times[0]);
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

        var waits = Enumerable.Range(0, 31).Select(i => Admit(pacer, $"conv-{i}", null)).ToList();

        Assert.All(waits.Take(30), w => Assert.Equal(TimeSpan.Zero, w));
        Assert.True(waits[30] > TimeSpan.Zero);
    }

    [Fact]
    public void TryAdmit_OtherTenant_IsNotHeldUp()
    {
        var pacer = new OutboundPacer(time);
        for (var i = 0; i < 100; i++)
        {
            Admit(pacer, $"conv-{i}", "busy-tenant");
        }

        var wait = Admit(pacer, "conv-x", "quiet-tenant");

        Assert.Equal(TimeSpan.Zero, wait);
    }

    [Fact]
    public void TryAdmit_BacklogInOneConversation_DoesNotHoldUpAnotherConversationOfTheTenant()
    {
        var pacer = new OutboundPacer(time);
        for (var i = 0; i < 100; i++)
        {
            Admit(pacer, "busy-conversation", "tenant");
        }

        var wait = Admit(pacer, "other-conversation", "tenant");

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
            Admit(pacer, $"early-{i}", "tenant");
        }

        time.Advance(TimeSpan.FromMilliseconds(900));
        var afterStall = Enumerable.Range(0, 40).Count(i => Admit(pacer, $"late-{i}", "tenant") == TimeSpan.Zero);

        Assert.Equal(0, afterStall);
    }

    [Fact]
    public void TryAdmit_CallsStillInFlight_CountUntilOneWindowAfterTheirResponse()
    {
        // A stalled request may reach Teams any time before its response: it keeps counting.
        var pacer = new OutboundPacer(time);
        var inFlight = Enumerable.Range(0, 30).Select(i => Lease(pacer, $"conv-{i}", "tenant")).ToList();

        time.Advance(TimeSpan.FromSeconds(5));
        var whileInFlight = pacer.TryAdmit("late", "tenant", out var refused);
        inFlight[0].Dispose();
        var justAfterResponse = pacer.TryAdmit("late", "tenant", out var stillRefused);
        time.Advance(Second);
        var oneSecondLater = pacer.TryAdmit("late", "tenant", out var admitted);

        Assert.Null(refused);
        Assert.Equal(OutboundPacer.InFlightPoll, whileInFlight);
        Assert.Null(stillRefused);
        Assert.Equal(Second, justAfterResponse);
        Assert.NotNull(admitted);
        Assert.Equal(TimeSpan.Zero, oneSecondLater);
    }

    [Fact]
    public void TryAdmit_LeasesNeverDisposed_StopBlockingAfterMaxInFlight()
    {
        var pacer = new OutboundPacer(time);
        for (var i = 0; i < 7; i++)
        {
            Lease(pacer, "conv", "tenant");
        }

        time.Advance(OutboundPacer.MaxInFlight - TimeSpan.FromSeconds(1));
        var stillBlocked = pacer.TryAdmit("conv", "tenant", out var refused);
        time.Advance(TimeSpan.FromSeconds(2));

        Assert.Null(refused);
        Assert.Equal(OutboundPacer.InFlightPoll, stillBlocked);
        Assert.Equal(TimeSpan.Zero, Admit(pacer, "conv", "tenant"));
    }

    [Fact]
    public async Task WaitAsync_OverLimit_CompletesOnlyWhenFakeClockReachesTheWindowEnd()
    {
        var pacer = new OutboundPacer(time);
        for (var i = 0; i < 7; i++)
        {
            (await pacer.WaitAsync("conv", "tenant", CancellationToken.None)).Dispose();
        }

        var eighth = pacer.WaitAsync("conv", "tenant", CancellationToken.None).AsTask();
        time.Advance(Second - TimeSpan.FromMilliseconds(1));
        var completedEarly = eighth.IsCompleted;
        time.Advance(TimeSpan.FromMilliseconds(1));
        await eighth.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(completedEarly);
        Assert.True(eighth.IsCompletedSuccessfully);
    }

    private static TimeSpan Admit(OutboundPacer pacer, string conversationId, string? tenantId)
    {
        var wait = pacer.TryAdmit(conversationId, tenantId, out var lease);
        lease?.Dispose();
        return wait;
    }

    private static PacerLease Lease(OutboundPacer pacer, string conversationId, string? tenantId)
    {
        Assert.Equal(TimeSpan.Zero, pacer.TryAdmit(conversationId, tenantId, out var lease));
        return lease!;
    }

    // Every caller asks at the start, and every call is answered at once; a refused caller comes back exactly when told. Returns the
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

            var wait = Admit(pacer, calls[index].Conversation, calls[index].Tenant);
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
