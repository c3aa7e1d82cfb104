namespace WorkshopBot.Domain.Summaries;

public sealed record SummaryActivity(string What, IReadOnlyList<string> Organisations);
