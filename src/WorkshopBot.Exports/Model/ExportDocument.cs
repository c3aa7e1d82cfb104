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
    // The readable numbers of the results with these ids ("R1, R3"), for the activity tables; an id that
    // is not one of the document's results is left out rather than shown raw.
    public string ResultNumbers(IEnumerable<string> resultIds) => string.Join(
        ", ",
        resultIds
            .Select(id => Results.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal))?.Number ?? "")
            .Where(n => n.Length > 0));

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
