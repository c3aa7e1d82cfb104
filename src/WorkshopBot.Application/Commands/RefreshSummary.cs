namespace WorkshopBot.Application.Commands;

// The viewer's own view of a summary card (automatic refresh or the manual button).
public sealed record RefreshSummary(string? SummaryId);
