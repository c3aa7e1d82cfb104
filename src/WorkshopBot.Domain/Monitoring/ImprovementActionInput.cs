namespace WorkshopBot.Domain.Monitoring;

// OwnerUserId: the member who owns the action (they may mark it done themselves); without it OwnerName is
// someone outside the werkgroep, and only a moderator marks the action done.
public sealed record ImprovementActionInput(string Text, IReadOnlyList<string> ActivityIds, string OwnerName, DateOnly Due, string? OwnerUserId = null);
