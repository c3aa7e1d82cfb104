namespace WorkshopBot.Domain.Monitoring;

public sealed record ImprovementActionInput(string Text, IReadOnlyList<string> ActivityIds, string OwnerName, DateOnly Due);
