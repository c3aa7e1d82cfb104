namespace WorkshopBot.Domain.Trajecten;

// Step 1 (Monitoring & ambities): what the municipality wants politically and as policy.
public sealed record Ambition(string Id, string Text, IReadOnlyList<SubGoal> SubGoals);
