using WorkshopBot.Domain.Localization;

namespace WorkshopBot.Coaching;

/// <summary>
/// One coaching point: which criterion, the verdict, a friendly message (worded per language from CoachText), and
/// the evidence (the words in the text, or the filled form field) that led to the verdict.
/// </summary>
public sealed record CriterionVerdict(
    string Id,
    CriterionStatus Status,
    CoachMessage Text,
    IReadOnlyList<string> Evidence)
{
    public string Message(Language language) => Text.In(language);

    /// <summary>The criterion's name in the reader's language ("Doelgroep", "Target group"); the id stays for JSON.</summary>
    public string Name(Language language) => Localization.CoachText.For(language).CriterionName(Id);

    /// <summary>Status as it appears in JSON: "passed", "failed" or "not-applicable".</summary>
    public string StatusText => Status switch
    {
        CriterionStatus.Passed => "passed",
        CriterionStatus.Failed => "failed",
        _ => "not-applicable",
    };
}
