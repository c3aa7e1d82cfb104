using WorkshopBot.Application.Projections;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Time;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.Exports.Formatting;
using WorkshopBot.Exports.Model;
using DomainItems = WorkshopBot.Domain.Items;
using DomainMonitoring = WorkshopBot.Domain.Monitoring;

namespace WorkshopBot.Exports.Mapping;

// Flattens the step-6 read projection (MonitoringView) of one werkgroep into the MonitoringDocument every
// monitoring export renders, the way WerkgroepExportMapper does for the factsheet. The werkgroep gives the
// live results (a result without indicators still appears in the report); indicators that are not linked
// to a live result go under one closing "not yet linked" result. A story appears where the partner linked
// it: with every indicator it is linked to, and with every result it is linked to directly. Its words may
// be quoted only when its author ticked the consent box (ConsentToQuote). Reflections and their
// improvement actions are the werkgroep's, in the order they were recorded.
public static class MonitoringExportMapper
{
    public static MonitoringDocument From(Traject? traject, Werkgroep werkgroep, MonitoringView view, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(werkgroep);
        ArgumentNullException.ThrowIfNull(view);

        var stories = view.StoriesByPeriod.SelectMany(p => p.Stories).ToDictionary(s => s.Id, StringComparer.Ordinal);
        var items = ItemsProjection.Of(werkgroep, Language.Dutch);
        var numbers = ItemNumbers.Of(items);
        var liveResults = items.Results.Select(r => r.Result).ToList();
        var liveIds = liveResults.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

        var results = liveResults
            .Select(r => new MonitoringResult(
                r.Id,
                r.Statement,
                [.. view.Indicators.Where(i => i.ResultId == r.Id).Select(i => MapIndicator(i, stories) with { Number = numbers.For(i.Id) })])
            {
                Number = numbers.For(r.Id),
                Stories = [.. stories.Values.Where(s => s.ResultIds.Contains(r.Id)).Select(MapStory)],
            })
            .ToList();
        var unlinked = view.Indicators.Where(i => i.ResultId is null || !liveIds.Contains(i.ResultId)).ToList();
        if (unlinked.Count > 0)
        {
            results.Add(new MonitoringResult("", ExportText.For(Language.Dutch).OtherIndicators, [.. unlinked.Select(i => MapIndicator(i, stories) with { Number = numbers.For(i.Id) })]));
        }

        return new MonitoringDocument(
            Title: view.WerkgroepName,
            Gemeente: traject?.Gemeente ?? "",
            TrajectName: traject?.Name ?? "",
            WerkgroepName: view.WerkgroepName,
            GeneratedAt: generatedAt,
            Results: results,
            Reflections: [.. view.Reflections.Select(r => new MonitoringReflection(AmsterdamTime.Today(r.RecordedAt), r.WhatWeSee, r.WhatItMeans, r.WhatWeChange))],
            ImprovementActions: [.. view.Reflections.SelectMany(r => r.Actions).Select(MapAction)])
        {
            NeedToKnowOnly = view.Filter == DomainMonitoring.NeedFilter.NeedToKnowOnly,
        };
    }

    // "2026-Q3" → "2026 Q3", "2026-M07" → "2026 M07": the stable key, readable in a table and a chart axis.
    public static string PeriodLabel(string periodKey) => periodKey.Replace('-', ' ');

    // One indicator for its chart, from the single-indicator projection (MonitoringProjection.Indicator).
    // No readable number: a chart does not show one.
    public static MonitoringIndicator MapIndicator(IndicatorWithStories projected)
    {
        ArgumentNullException.ThrowIfNull(projected);
        return MapIndicator(projected.Indicator, projected.Stories.ToDictionary(s => s.Id, StringComparer.Ordinal));
    }

    public static MonitoringIndicator MapIndicator(IndicatorMonitoringView indicator, IReadOnlyDictionary<string, StoryView> stories)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var linked = indicator.StoryIds.Where(stories.ContainsKey).Select(id => stories[id]).ToList();
        return new MonitoringIndicator(
            indicator.Id,
            indicator.Name,
            // Not chosen yet: an indicator that only has stories is read as vertellen, like its chart.
            indicator.Kind ?? (indicator.Periods.Count == 0 && linked.Count > 0 ? DomainItems.IndicatorKind.Vertellen : DomainItems.IndicatorKind.Tellen),
            indicator.Unit ?? "",
            (double?)indicator.BaselineValue,
            (double?)indicator.TargetValue,
            indicator.Direction,
            indicator.FrequencyText ?? "",
            indicator.Need ?? DomainItems.InformationNeed.NiceToKnow,
            indicator.OwnerOrganisation ?? "",
            [.. indicator.Periods.Select(MapMeasurement)],
            [.. linked.Select(MapStory)]);
    }

    private static MonitoringMeasurement MapMeasurement(PeriodValueView period) => new(
        PeriodLabel(period.PeriodKey),
        period.FirstDay,
        period.LastDay,
        (double)period.Value,
        (double?)period.Numerator,
        (double?)period.Denominator,
        period.Source ?? "",
        period.Note ?? "",
        period.History.Count);

    private static MonitoringStory MapStory(StoryView story) => new(
        PeriodLabel(story.PeriodKey),
        DomainMonitoring.MonitoringPeriod.Parse(story.PeriodKey)?.FirstDay ?? DateOnly.FromDateTime(story.AddedAt.UtcDateTime),
        story.Perspective switch
        {
            DomainMonitoring.StoryPerspective.Professional => StoryPerspective.Professional,
            DomainMonitoring.StoryPerspective.Vrijwilliger => StoryPerspective.Vrijwilliger,
            _ => StoryPerspective.Inwoner,
        },
        story.Theme ?? "",
        story.Text,
        // Only what the author consented to is quoted literally in the council report; the others are
        // counted and summarised (period, perspective, theme) but their words stay out.
        ConsentToQuote: story.ConsentGiven);

    private static MonitoringImprovementAction MapAction(ImprovementActionView action) => new(
        action.Text,
        string.Join("; ", action.ActivityNames),
        action.OwnerName,
        action.Due,
        action.Done ? ImprovementActionStatus.Done : ImprovementActionStatus.Open);
}
