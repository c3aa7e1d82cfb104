namespace WorkshopBot.Domain.Summaries;

// An immutable snapshot of what the werkgroep (or traject) agreed on at publication time. Later edits
// to the board do not change a published version; they go into the next one.
public sealed record SummaryContent(
    string Title,
    string TrajectName,
    string? WerkgroepName,
    IReadOnlyList<SummaryResult> Results,
    IReadOnlyList<SummaryActivity> Activities,
    IReadOnlyList<SummaryAgreement> QualityAgreements,
    IReadOnlyList<string> OpenQuestions,
    int OpenCoachingPoints,
    IReadOnlyList<SummaryParticipant> Participants,
    string? BoardUrl);
