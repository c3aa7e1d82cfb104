namespace WorkshopBot.Web.Board;

public sealed record BoardTimerView(int? Step, int Minutes, DateTimeOffset StartedAt, DateTimeOffset EndsAt);
