using WorkshopBot.Domain.Services;

namespace WorkshopBot.Domain.Tests.Services;

public sealed class ConflictBackoffTests
{
    private static readonly WorkshopWriteOptions Options = new()
    {
        BaseBackoff = TimeSpan.FromMilliseconds(10),
        MaxBackoff = TimeSpan.FromMilliseconds(200),
        RetryBudget = TimeSpan.FromSeconds(2),
        MaxAttempts = 20,
    };

    [Fact]
    public void TryGetDelay_HighestDraw_WindowDoublesPerAttemptUpToTheCap()
    {
        var backoff = new ConflictBackoff(Options, new FixedRandom(1.0));

        var delays = Enumerable.Range(1, 7).Select(attempt =>
        {
            Assert.True(backoff.TryGetDelay(attempt, TimeSpan.Zero, out var delay));
            return delay.TotalMilliseconds;
        }).ToArray();

        Assert.Equal([20, 40, 80, 160, 200, 200, 200], delays);
    }

    [Fact]
    public void TryGetDelay_Jitter_DrawsWithinTheWindow()
    {
        var low = new ConflictBackoff(Options, new FixedRandom(0.0));
        var half = new ConflictBackoff(Options, new FixedRandom(0.5));

        Assert.True(low.TryGetDelay(3, TimeSpan.Zero, out var lowDelay));
        Assert.True(half.TryGetDelay(3, TimeSpan.Zero, out var halfDelay));

        Assert.Equal(TimeSpan.FromMilliseconds(1), lowDelay);
        Assert.Equal(TimeSpan.FromMilliseconds(40), halfDelay);
    }

    [Fact]
    public void TryGetDelay_DelayWouldEndPastTheBudget_GivesUp()
    {
        var backoff = new ConflictBackoff(Options, new FixedRandom(1.0));

        bool within = backoff.TryGetDelay(5, TimeSpan.FromMilliseconds(1_800), out _);
        bool past = backoff.TryGetDelay(5, TimeSpan.FromMilliseconds(1_801), out _);

        Assert.True(within);
        Assert.False(past);
    }

    [Fact]
    public void TryGetDelay_AttemptsUsedUp_GivesUpEvenWithBudgetLeft()
    {
        var backoff = new ConflictBackoff(Options, new FixedRandom(0.0));

        Assert.True(backoff.TryGetDelay(19, TimeSpan.Zero, out _));
        Assert.False(backoff.TryGetDelay(20, TimeSpan.Zero, out _));
    }

    // Random whose NextDouble is fixed, so the jittered delay is known.
    private sealed class FixedRandom(double value) : Random
    {
        public override double NextDouble() => value;
    }
}
