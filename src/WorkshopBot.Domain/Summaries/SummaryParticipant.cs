namespace WorkshopBot.Domain.Summaries;

public sealed record SummaryParticipant(string Name, string? Organisation);
