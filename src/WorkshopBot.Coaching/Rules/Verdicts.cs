namespace WorkshopBot.Coaching.Rules;

internal static class Verdicts
{
    public static CriterionVerdict Passed(string id, string nl, string en, IReadOnlyList<string> evidence) =>
        new(id, CriterionStatus.Passed, nl, en, evidence);

    public static CriterionVerdict Failed(string id, string nl, string en, IReadOnlyList<string> evidence) =>
        new(id, CriterionStatus.Failed, nl, en, evidence);

    public static CriterionVerdict NotApplicable(string id, string nl, string en, IReadOnlyList<string>? evidence = null) =>
        new(id, CriterionStatus.NotApplicable, nl, en, evidence ?? []);

    public static string Quote(IReadOnlyList<string> words, int max = 3) =>
        string.Join(", ", words.Take(max).Select(w => $"‘{w}’"));

    public static bool Filled(string? value) => !string.IsNullOrWhiteSpace(value);
}
