namespace WorkshopBot.Exports.Model;

// Everything an export shows, already flattened by the caller (WerkgroepExportMapper): plain strings and
// lists plus the Domain's own item enums, so every format renders the same data and no enum is cloned.
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
