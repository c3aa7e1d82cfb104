namespace WorkshopBot.Cards.Views;

public sealed record CoachFeedbackView(IReadOnlyList<CoachVerdictView> Verdicts, string? SuggestedFormulation);
