namespace WorkshopBot.Domain.Werkgroepen;

public sealed record WorkshopTimer(int? Step, int Minutes, DateTimeOffset StartedAt, DateTimeOffset EndsAt, string StartedById)
{
    public bool HasEnded(DateTimeOffset now) => now >= EndsAt;
}
