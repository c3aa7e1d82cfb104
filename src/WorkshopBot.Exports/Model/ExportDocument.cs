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
    IReadOnlyList<string> OpenQuestions)
{
    // For readers outside the werkgroep (a share link for partners): which organisations took part, not
    // who (GDPR data minimisation). Each organisation once, without a name; a member without one is left out.
    public ExportDocument WithoutPersonNames() => this with
    {
        Participants =
        [
            .. Participants
                .Select(p => p.Organisation)
                .Where(o => !string.IsNullOrWhiteSpace(o))
                .Distinct(StringComparer.Ordinal)
                .Select(o => new ExportParticipant("", o)),
        ],
    };
}
