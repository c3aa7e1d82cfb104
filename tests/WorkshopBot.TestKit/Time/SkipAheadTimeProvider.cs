using Microsoft.Extensions.Time.Testing;

namespace WorkshopBot.TestKit.Time;

// A FakeTimeProvider that skips ahead by each timer's due time as the timer is created, so the timer
// fires at once: a back-off of 200 ms costs no real time but moves the clock exactly 200 ms, and the
// clock moves for nothing else (time budgets can be tested to the millisecond). AutoAdvanceAmount does
// not do this: it only moves time when the clock is read, and nobody reads it while a delay is pending.
public sealed class SkipAheadTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    public TimeSpan Elapsed => GetUtcNow() - Start;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            Advance(dueTime);
        }

        return timer;
    }
}
