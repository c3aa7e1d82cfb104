using WorkshopBot.Coaching.Localization;

namespace WorkshopBot.Coaching.Rules;

internal static class Verdicts
{
    public static CriterionVerdict Passed(string id, CoachMessage message, IReadOnlyList<string> evidence) =>
        new(id, CriterionStatus.Passed, message, evidence);

    public static CriterionVerdict Failed(string id, CoachMessage message, IReadOnlyList<string> evidence) =>
        new(id, CriterionStatus.Failed, message, evidence);

    public static CriterionVerdict NotApplicable(string id, CoachMessage message, IReadOnlyList<string>? evidence = null) =>
        new(id, CriterionStatus.NotApplicable, message, evidence ?? []);

    public static CoachMessage Say(Func<CoachText, string> template, params object?[] values) => CoachMessage.Of(template, values);

    // The words found, quoted into the first template; the second when nothing was found.
    public static CoachMessage Quoting(IReadOnlyList<string> words, Func<CoachText, string> found, Func<CoachText, string> none) =>
        Say(t => words.Count > 0 ? found(t) : none(t), Quote(words));

    public static string Quote(IReadOnlyList<string> words, int max = 3) =>
        string.Join(", ", words.Take(max).Select(w => $"‘{w}’"));

    public static bool Filled(string? value) => !string.IsNullOrWhiteSpace(value);
}
