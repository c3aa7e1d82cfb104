namespace WorkshopBot.Cards.Views;

public enum CoachVerdictStatus
{
    Passed,
    Failed,
    NotApplicable,
}
