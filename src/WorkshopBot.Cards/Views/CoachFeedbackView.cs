namespace WorkshopBot.Cards.Views;

// Adoptable: the suggestion is a finished formulation (no [placeholders]), so the card may offer to adopt it.
public sealed record CoachFeedbackView(IReadOnlyList<CoachVerdictView> Verdicts, string? SuggestedFormulation, bool Adoptable = true);
