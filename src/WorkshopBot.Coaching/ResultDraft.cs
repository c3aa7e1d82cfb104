namespace WorkshopBot.Coaching;

/// <summary>
/// A draft (maatschappelijk) resultaat as the group wrote it. The optional fields are the structured
/// form fields; a filled field counts as evidence for its criterion.
/// </summary>
public sealed record ResultDraft(
    string Statement,
    string? TargetGroup = null,
    string? Change = null,
    string? Baseline = null,
    string? Target = null,
    string? Horizon = null,
    int Step = 2);
