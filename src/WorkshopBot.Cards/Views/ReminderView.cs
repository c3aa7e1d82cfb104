namespace WorkshopBot.Cards.Views;

public sealed record ReminderView(string SummaryId, int SummaryVersion, string WerkgroepName, string? TrajectName, DateTimeOffset Deadline, string? SummaryUrl);
