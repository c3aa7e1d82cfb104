using WorkshopBot.Exports.Model;

namespace WorkshopBot.Exports.Formatting;

// DocumentCleaner for the monitoring model: every monitoring export starts from a copy whose text has
// no XML-invalid characters, whose null strings and lists are empty, and whose numbers are finite.
internal static class MonitoringCleaner
{
    public static MonitoringDocument Clean(MonitoringDocument document) => new MonitoringDocument(
        SafeText.Clean(document.Title),
        SafeText.Clean(document.Gemeente),
        SafeText.Clean(document.TrajectName),
        SafeText.Clean(document.WerkgroepName),
        document.GeneratedAt,
        List(document.Results, r => new MonitoringResult(SafeText.Clean(r.Id), SafeText.Clean(r.Statement), List(r.Indicators, CleanIndicator))
        {
            Number = SafeText.Clean(r.Number),
            Stories = List(r.Stories, CleanStory),
        }),
        List(document.Reflections, r => r with
        {
            WhatWeSee = SafeText.Clean(r.WhatWeSee),
            WhatItMeans = SafeText.Clean(r.WhatItMeans),
            WhatWeDoDifferently = SafeText.Clean(r.WhatWeDoDifferently),
        }),
        List(document.ImprovementActions, a => a with
        {
            Text = SafeText.Clean(a.Text),
            LinkedActivity = SafeText.Clean(a.LinkedActivity),
            Owner = SafeText.Clean(a.Owner),
        }))
    {
        NeedToKnowOnly = document.NeedToKnowOnly,
    };

    public static MonitoringIndicator CleanIndicator(MonitoringIndicator i) => i with
    {
        Id = SafeText.Clean(i.Id),
        Number = SafeText.Clean(i.Number),
        Name = SafeText.Clean(i.Name),
        Unit = SafeText.Clean(i.Unit),
        Baseline = Finite(i.Baseline),
        Target = Finite(i.Target),
        Frequency = SafeText.Clean(i.Frequency),
        DataOwnerOrganisation = SafeText.Clean(i.DataOwnerOrganisation),
        Measurements = List(i.Measurements, m => m with
        {
            PeriodLabel = SafeText.Clean(m.PeriodLabel),
            Value = Finite(m.Value),
            Numerator = Finite(m.Numerator),
            Denominator = Finite(m.Denominator),
            Source = SafeText.Clean(m.Source),
            Note = SafeText.Clean(m.Note),
            CorrectionCount = Math.Max(0, m.CorrectionCount),
        }),
        Stories = List(i.Stories, CleanStory),
    };

    private static MonitoringStory CleanStory(MonitoringStory s) => s with
    {
        PeriodLabel = SafeText.Clean(s.PeriodLabel),
        Theme = SafeText.Clean(s.Theme),
        Text = SafeText.Clean(s.Text),
    };

    // NaN or infinity would break the chart's axis limits and JSON; they are treated as "not entered".
    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;

    private static IReadOnlyList<TOut> List<TIn, TOut>(IReadOnlyList<TIn>? values, Func<TIn, TOut> map) =>
        values is null ? [] : values.Where(v => v is not null).Select(map).ToArray();
}
