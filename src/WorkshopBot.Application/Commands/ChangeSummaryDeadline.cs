namespace WorkshopBot.Application.Commands;

// The moderator moves the review deadline: Input.Date ("yyyy-MM-dd") and Input.Time ("HH:mm"), Amsterdam time.
public sealed record ChangeSummaryDeadline(string? SummaryId, string? Date, string? Time);
