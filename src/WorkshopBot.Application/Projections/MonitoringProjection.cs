using System.Globalization;
using System.Text.RegularExpressions;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Monitoring;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Application.Projections;

// Builds the one MonitoringView of a werkgroep (see there).
public static partial class MonitoringProjection
{
    public static MonitoringView Of(Werkgroep werkgroep, WerkgroepMonitoring monitoring, DateTimeOffset now, NeedFilter filter = NeedFilter.All)
    {
        var indicators = werkgroep.Indicators.Where(i => Shows(filter, i)).ToList();
        var shown = indicators.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var scope = MonitoringScope.Of(werkgroep) with { Indicators = indicators.ToDictionary(i => i.Id, StringComparer.Ordinal) };

        // A story counts when it is linked to a shown indicator, or only to results.
        var stories = InStoryOrder(monitoring.Stories.Where(s => s.IndicatorIds.Count == 0 || s.IndicatorIds.Any(shown.Contains)));

        var view = new MonitoringView(
            werkgroep.TrajectId,
            werkgroep.Id,
            werkgroep.Name,
            filter,
            [.. indicators.Select(i => IndicatorOf(werkgroep, monitoring, i, stories))],
            [.. stories.GroupBy(s => s.Period.Key).Select(g => new StoryPeriodView(g.Key, g.First().Period.FirstDay, [.. g.Select(StoryOf)]))],
            [.. monitoring.Reflections.OrderBy(r => r.RecordedAt).Select(r => ReflectionOf(werkgroep, monitoring, r))],
            [.. monitoring.MissingByOrganisation(scope, now).Select(g => new MissingOrganisationView(
                g.Key,
                [.. g.Select(d => new MissingPeriodView(d.IndicatorId, d.IndicatorName, d.Period.Key, d.Owner?.Name, d.Overdue, d.LastAsk?.Times ?? 0))]))],
            RegistrationBurden.Of(werkgroep.Indicators, monitoring.Owners, filter));
        return view with { StoriesByResult = StoriesByResult(werkgroep, indicators, stories) };
    }

    // One indicator exactly as Of projects it, with the stories linked to it: all a chart needs. The chart
    // endpoints draw one indicator per request, so they do not project the rest of the werkgroep's monitoring.
    // Null when the werkgroep has no such indicator or the filter leaves it out.
    public static IndicatorWithStories? Indicator(Werkgroep werkgroep, WerkgroepMonitoring monitoring, string indicatorId, NeedFilter filter = NeedFilter.All)
    {
        if (werkgroep.Indicators.FirstOrDefault(i => i.Id == indicatorId) is not { } indicator || !Shows(filter, indicator))
        {
            return null;
        }

        var stories = InStoryOrder(monitoring.Stories.Where(s => s.IndicatorIds.Contains(indicatorId)));
        return new IndicatorWithStories(IndicatorOf(werkgroep, monitoring, indicator, stories), [.. stories.Select(StoryOf)]);
    }

    private static bool Shows(NeedFilter filter, Indicator indicator) =>
        filter == NeedFilter.All || indicator.Need == InformationNeed.NeedToKnow;

    private static List<Story> InStoryOrder(IEnumerable<Story> stories) =>
        [.. stories.OrderBy(s => s.Period.FirstDay).ThenBy(s => s.AddedAt)];

    private static IReadOnlyList<ResultStoriesView> StoriesByResult(Werkgroep werkgroep, IReadOnlyList<Indicator> indicators, IReadOnlyList<Story> stories)
    {
        var resultOf = indicators.ToDictionary(i => i.Id, i => i.ResultId, StringComparer.Ordinal);
        var groups = werkgroep.Results
            .Select(r => new ResultStoriesView(
                r.Id,
                ResultProjection.StatementOf(werkgroep, r.Id),
                [.. stories.Where(s => s.ResultIds.Contains(r.Id) || s.IndicatorIds.Any(i => resultOf.GetValueOrDefault(i) == r.Id)).Select(s => s.Id)]))
            .Where(g => g.StoryIds.Count > 0)
            .ToList();
        var liveResults = werkgroep.Results.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var unlinked = stories
            .Where(s => !s.ResultIds.Any(liveResults.Contains) && !s.IndicatorIds.Any(i => resultOf.GetValueOrDefault(i) is { } r && liveResults.Contains(r)))
            .Select(s => s.Id)
            .ToList();
        if (unlinked.Count > 0)
        {
            groups.Add(new ResultStoriesView(null, null, unlinked));
        }

        return groups;
    }

    // The number a baseline or target starts with ("24%", "18,5 per 100", "ca. 300"): the chart's
    // reference lines. Null when the text has no number.
    public static decimal? NumberIn(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || FirstNumber().Match(text) is not { Success: true } match)
        {
            return null;
        }

        return decimal.TryParse(match.Value.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    private static IndicatorMonitoringView IndicatorOf(Werkgroep werkgroep, WerkgroepMonitoring monitoring, Indicator indicator, IReadOnlyList<Story> stories)
    {
        var owner = monitoring.OwnerOf(indicator.Id);
        return new IndicatorMonitoringView(
            indicator.Id,
            indicator.Name,
            indicator.ResultId,
            ResultProjection.StatementOf(werkgroep, indicator.ResultId),
            indicator.IndicatorKind,
            indicator.Denominator,
            indicator.Frequency,
            MonitoringFrequencies.Parse(indicator.Frequency),
            indicator.Baseline,
            NumberIn(indicator.Baseline),
            indicator.Target,
            NumberIn(indicator.Target),
            indicator.Direction,
            indicator.Need,
            indicator.ExistingRegistration,
            owner?.Organisation ?? indicator.OwnerOrganisation,
            owner?.Name,
            [.. monitoring.CurrentMeasurements(indicator.Id).Select(m => PeriodOf(monitoring, m))],
            [.. stories.Where(s => s.IndicatorIds.Contains(indicator.Id)).Select(s => s.Id)]);
    }

    private static PeriodValueView PeriodOf(WerkgroepMonitoring monitoring, Measurement current) => new(
        current.Period.Key,
        current.Period.FirstDay,
        current.Period.LastDay,
        current.Effective,
        current.Numerator,
        current.Denominator,
        current.Source,
        current.Note,
        current.EnteredByName,
        current.EnteredByOrganisation,
        current.EnteredAt,
        [.. monitoring.History(current.IndicatorId, current.Period.Key).Where(m => !m.IsCurrent).Select(m => new CorrectedValueView(m.Effective, m.EnteredByName, m.EnteredAt, m.Note))]);

    private static StoryView StoryOf(Story s) =>
        new(s.Id, s.Period.Key, s.Perspective, s.Theme, s.Text, s.IsQuote, s.ConsentGiven, s.IndicatorIds, s.ResultIds, s.AddedByOrganisation, s.AddedAt);

    private static ReflectionView ReflectionOf(Werkgroep werkgroep, WerkgroepMonitoring monitoring, Reflection r) => new(
        r.Id,
        r.PeriodKey,
        r.WhatWeSee,
        r.WhatItMeans,
        r.WhatWeChange,
        r.RecordedByName,
        r.RecordedAt,
        [.. monitoring.Actions.Where(a => a.ReflectionId == r.Id).Select(a => new ImprovementActionView(
            a.Id,
            a.Text,
            a.ActivityIds,
            [.. a.ActivityIds.Select(id => werkgroep.Activities.FirstOrDefault(x => x.Id == id)?.What ?? id)],
            a.OwnerName,
            a.Due,
            a.Done,
            a.OwnerId))]);

    [GeneratedRegex(@"-?\d+(?:[.,]\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex FirstNumber();
}
