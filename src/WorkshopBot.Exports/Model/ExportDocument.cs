namespace WorkshopBot.Exports.Model;

// Everything an export shows, already flattened by the caller. Exports never see domain types,
// so the integrator maps a traject or werkgroep to this once and every format renders the same data.
public sealed record ExportDocument(
    string Title,
    ExportDocumentKind Kind,
    string Gemeente,
    string Theme,
    string TrajectName,
    IReadOnlyList<string> WerkgroepNames,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<ExportParticipant> Participants,
    IReadOnlyList<ExportAmbition> Ambitions,
    IReadOnlyList<ExportResult> Results,
    IReadOnlyList<ExportIndicator> Indicators,
    IReadOnlyList<ExportActivity> Activities,
    IReadOnlyList<ExportQualityAgreement> QualityAgreements,
    IReadOnlyList<string> OpenQuestions);
