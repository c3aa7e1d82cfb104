namespace WorkshopBot.Domain.Werkgroepen;

public sealed record Vote(string UserId, int Round, DateTimeOffset At);
