namespace WorkshopBot.Domain.Services;

// The wait before retrying a write that lost an ETag race: full jitter over a window that doubles per
// attempt (capped), so writers that collided do not collide again in lockstep. A time budget instead of
// a small fixed retry count: under a burst a write waits a bit longer instead of failing, and only a
// write that keeps losing for the whole budget (or MaxAttempts, a backstop) gives up.
public sealed class ConflictBackoff(WorkshopWriteOptions options, Random random)
{
    // The delay before attempt `attempt + 1`, or false when the write should give up: the attempts are
    // used up or the delay would end past the budget. `elapsed` is the time since the first attempt.
    public bool TryGetDelay(int attempt, TimeSpan elapsed, out TimeSpan delay)
    {
        delay = TimeSpan.Zero;
        if (attempt >= options.MaxAttempts)
        {
            return false;
        }

        // Doubling from BaseBackoff; the shift is capped so it cannot overflow on a long run.
        double window = Math.Min(
            options.MaxBackoff.TotalMilliseconds,
            options.BaseBackoff.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 20)));
        delay = TimeSpan.FromMilliseconds(Math.Max(1, random.NextDouble() * window));
        return elapsed + delay <= options.RetryBudget;
    }
}
