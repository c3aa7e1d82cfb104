namespace WorkshopBot.Cards.Views;

// One coach check of one criterion. Evidence = the words that triggered it, so the verdict is explainable.
public sealed record CoachVerdictView(string CriterionId, CoachVerdictStatus Status, string Message, IReadOnlyList<string> Evidence, string? Suggestion);
