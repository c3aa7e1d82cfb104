namespace WorkshopBot.Coaching;

public enum CriterionStatus
{
    Passed,
    Failed,
    NotApplicable,
}
