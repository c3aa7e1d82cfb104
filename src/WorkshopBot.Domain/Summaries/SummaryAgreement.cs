namespace WorkshopBot.Domain.Summaries;

public sealed record SummaryAgreement(string Condition, string Description, string? Owner);
