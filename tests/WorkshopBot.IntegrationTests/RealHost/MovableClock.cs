namespace WorkshopBot.IntegrationTests.RealHost;

// The real clock plus an offset the test can move forward: timers and delays run in real time (the
// announcer still ticks every few seconds), but "now" can jump past a step timer's end.
internal sealed class MovableClock : TimeProvider
{
    private long _offsetTicks;

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));
}
