using WorkshopBot.Application.Commands;
using WorkshopBot.Application.Projections;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Monitoring;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.Web.Workshop;

namespace WorkshopBot.Web.Monitoring;

// Card views of the monitoring cards, from the werkgroep (definitions, roles) and its monitoring.
public static class MonitoringCardViews
{
    // The due card for one indicator: the periods still missing for its owner at `now`.
    public static DueCardView Due(Werkgroep werkgroep, WerkgroepMonitoring monitoring, string indicatorId, DateTimeOffset now, string? error = null)
    {
        var indicator = werkgroep.Indicators.First(i => i.Id == indicatorId);
        var missing = monitoring.Missing(MonitoringScope.Of(werkgroep), now)
            .Where(d => d.IndicatorId == indicatorId && d.Owner is not null)
            .Select(d => d.Period)
            .ToList();
        return Due(werkgroep, indicator, missing, error);
    }

    public static DueCardView Due(Werkgroep werkgroep, Indicator indicator, IReadOnlyList<MonitoringPeriod> missing, string? error = null) => new(
        werkgroep.Id,
        werkgroep.Name,
        indicator.Id,
        indicator.Name,
        indicator.Definition,
        indicator.Baseline,
        indicator.Target,
        indicator.DataSource,
        !string.IsNullOrWhiteSpace(indicator.Numerator) && !string.IsNullOrWhiteSpace(indicator.Denominator) && !IsUnit(indicator.Denominator),
        missing,
        error);

    public static StoryFormView StoryForm(Werkgroep werkgroep, string? error = null, AddStory? draft = null) =>
        new(
            werkgroep.Id,
            [.. werkgroep.Results.Select(r => new ChoiceView(r.Id, r.Statement))],
            [.. werkgroep.Indicators.Select(i => new ChoiceView(i.Id, i.Name))],
            error,
            draft);

    public static ReflectionFormView ReflectionForm(Werkgroep werkgroep, WerkgroepMonitoring monitoring, DateTimeOffset now, string? error = null, RecordReflection? draft = null) =>
        new(
            werkgroep.Id,
            MonitoringProjection.Of(werkgroep, monitoring, now),
            [.. werkgroep.Activities.Select(a => new ChoiceView(a.Id, a.What))],
            MemberChoices(werkgroep),
            error,
            draft);

    // The overview from its one projection (the chart links are made from the same view). Audience: the
    // members' Teams ids for the card's refresh, so a card scrolled back to days later is drawn again for the
    // member who looks at it, with their own controls and freshly signed chart links.
    public static MonitoringOverviewView Overview(Werkgroep werkgroep, MonitoringView view, string viewerId, IReadOnlyList<ChartImageView>? charts = null) =>
        new(
            view,
            werkgroep.IsModerator(viewerId),
            MemberChoices(werkgroep),
            viewerId,
            charts,
            CardViewFactory.Audience(werkgroep));

    private static IReadOnlyList<ChoiceView> MemberChoices(Werkgroep werkgroep) =>
        [.. werkgroep.Members.Select(m => new ChoiceView(m.UserId, m.Organisation is { Length: > 0 } o ? $"{m.Name} ({o})" : m.Name))];

    // "%", "aantal", "per 100 inwoners": a unit, not a noemer to count.
    private static bool IsUnit(string denominator) =>
        denominator.Trim() is "%" or "aantal" or "number" || denominator.TrimStart().StartsWith("per ", StringComparison.OrdinalIgnoreCase);
}
