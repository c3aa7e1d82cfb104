namespace WorkshopBot.Coaching;

public static class CoachLanguage
{
    public static bool IsEnglish(string? language) =>
        language is not null && language.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    public static string StatusText(CriterionStatus status) => status switch
    {
        CriterionStatus.Passed => "passed",
        CriterionStatus.Failed => "failed",
        _ => "not-applicable",
    };

    public static string TypeText(IndicatorType type) => type switch
    {
        IndicatorType.Input => "input",
        IndicatorType.Process => "process",
        IndicatorType.Output => "output",
        IndicatorType.Outcome => "outcome",
        _ => "unknown",
    };

    public static string ModeText(IndicatorMode mode) => mode switch
    {
        IndicatorMode.Count => "count",
        IndicatorMode.Story => "story",
        _ => "unknown",
    };
}
