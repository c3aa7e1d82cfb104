namespace WorkshopBot.Domain.Werkgroepen;

public sealed record WorkshopTimer(int? Step, int Minutes, DateTimeOffset StartedAt, DateTimeOffset EndsAt, string StartedById)
{
    public TimeSpan Remaining(DateTimeOffset now) => now >= EndsAt ? TimeSpan.Zero : EndsAt - now;

    public bool HasEnded(DateTimeOffset now) => now >= EndsAt;
}
