namespace WorkshopBot.Coaching;

/// <summary>
/// One coaching point: which criterion, the verdict, a friendly message in Dutch and English, and the
/// evidence (the words in the text, or the filled form field) that led to the verdict.
/// </summary>
public sealed record CriterionVerdict(
    string Id,
    CriterionStatus Status,
    string MessageNl,
    string MessageEn,
    IReadOnlyList<string> Evidence)
{
    /// <summary>Dutch unless the language tag starts with "en" (e.g. "en", "en-GB").</summary>
    public string Message(string? language) => CoachLanguage.IsEnglish(language) ? MessageEn : MessageNl;

    /// <summary>Status as it appears in JSON: "passed", "failed" or "not-applicable".</summary>
    public string StatusText => CoachLanguage.StatusText(Status);
}
