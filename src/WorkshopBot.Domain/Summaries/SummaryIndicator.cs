namespace WorkshopBot.Domain.Summaries;

// Key fields only: the full definition sheet lives on the board and in the Excel register.
public sealed record SummaryIndicator(string Name, string Kind, string Type, string? Source, string? Baseline, string? Target);
