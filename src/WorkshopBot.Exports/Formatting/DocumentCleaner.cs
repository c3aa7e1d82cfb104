using WorkshopBot.Exports.Model;

namespace WorkshopBot.Exports.Formatting;

// Every exporter starts from a cleaned copy, so all formats show the same text and no renderer can
// forget to strip a control character. Null strings or lists (a careless mapping) become empty.
internal static class DocumentCleaner
{
    public static ExportDocument Clean(ExportDocument document) => new(
        SafeText.Clean(document.Title),
        document.Kind,
        SafeText.Clean(document.Gemeente),
        SafeText.Clean(document.Theme),
        SafeText.Clean(document.TrajectName),
        Strings(document.WerkgroepNames),
        document.GeneratedAt,
        List(document.Participants, p => new ExportParticipant(SafeText.Clean(p.Name), SafeText.Clean(p.Organisation))),
        List(document.Ambitions, a => new ExportAmbition(SafeText.Clean(a.Title), Strings(a.SubGoals))),
        List(document.Results, CleanResult),
        List(document.Indicators, CleanIndicator),
        List(document.Activities, a => a with
        {
            What = SafeText.Clean(a.What),
            Number = SafeText.Clean(a.Number),
            Organisations = Strings(a.Organisations),
            ResultIds = Strings(a.ResultIds),
        }),
        List(document.QualityAgreements, q => q with
        {
            Description = SafeText.Clean(q.Description),
            Number = SafeText.Clean(q.Number),
            Owner = SafeText.Clean(q.Owner),
        }),
        Strings(document.OpenQuestions));

    private static ExportResult CleanResult(ExportResult r) => r with
    {
        Id = SafeText.Clean(r.Id),
        Number = SafeText.Clean(r.Number),
        Statement = SafeText.Clean(r.Statement),
        TargetGroup = SafeText.Clean(r.TargetGroup),
        Change = SafeText.Clean(r.Change),
        Baseline = SafeText.Clean(r.Baseline),
        Target = SafeText.Clean(r.Target),
        Horizon = SafeText.Clean(r.Horizon),
        OpenCoachingPoints = Strings(r.OpenCoachingPoints),
    };

    private static ExportIndicator CleanIndicator(ExportIndicator i) => i with
    {
        Id = SafeText.Clean(i.Id),
        Number = SafeText.Clean(i.Number),
        Name = SafeText.Clean(i.Name),
        Definition = SafeText.Clean(i.Definition),
        Numerator = SafeText.Clean(i.Numerator),
        DenominatorOrUnit = SafeText.Clean(i.DenominatorOrUnit),
        DataSource = SafeText.Clean(i.DataSource),
        OwnerOrganisation = SafeText.Clean(i.OwnerOrganisation),
        Frequency = SafeText.Clean(i.Frequency),
        Baseline = SafeText.Clean(i.Baseline),
        Target = SafeText.Clean(i.Target),
        ResultId = i.ResultId is null ? null : SafeText.Clean(i.ResultId),
        StoriesAbout = SafeText.Clean(i.StoriesAbout),
        StoriesFrom = SafeText.Clean(i.StoriesFrom),
        CollectionMethod = SafeText.Clean(i.CollectionMethod),
        StoriesUse = SafeText.Clean(i.StoriesUse),
    };

    private static IReadOnlyList<string> Strings(IReadOnlyList<string>? values) => List(values, SafeText.Clean);

    private static IReadOnlyList<TOut> List<TIn, TOut>(IReadOnlyList<TIn>? values, Func<TIn, TOut> map) =>
        values is null ? [] : values.Where(v => v is not null).Select(map).ToArray();
}
