namespace WorkshopBot.Domain.Summaries;

public sealed record ReminderMark(string ReviewerId, DateTimeOffset LastRemindedAt, int Count);
