using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Summaries;

namespace WorkshopBot.Domain.Monitoring;

public sealed partial record WerkgroepMonitoring
{
    // An owner is asked again for the same missing periods at most once a week.
    public static readonly TimeSpan AskInterval = TimeSpan.FromDays(7);

    // Every ended period whose data is missing, per indicator with a recognisable frequency, from the
    // owner's Since (or, without an owner, from the current period: nothing is asked of nobody).
    public IReadOnlyList<DueItem> Missing(MonitoringScope scope, DateTimeOffset now)
    {
        var missing = new List<DueItem>();
        foreach (var indicator in scope.Indicators.Values.OrderBy(i => i.Id, StringComparer.Ordinal))
        {
            if (MonitoringFrequencies.Parse(indicator.Frequency) is not { } frequency)
            {
                continue;
            }

            var owner = OwnerOf(indicator.Id);
            if (owner is null)
            {
                missing.Add(new DueItem(indicator.Id, indicator.Name, MonitoringPeriod.LastEnded(frequency, now), null, indicator.OwnerOrganisation, false, null));
                continue;
            }

            foreach (var period in MonitoringPeriod.EndedBetween(frequency, owner.Since, now))
            {
                if (!IsDelivered(indicator, period))
                {
                    var ask = Asks.FirstOrDefault(a => a.IndicatorId == indicator.Id && a.PeriodKey == period.Key && a.OwnerId == owner.UserId);
                    missing.Add(new DueItem(indicator.Id, indicator.Name, period, owner, owner.Organisation ?? indicator.OwnerOrganisation, period.IsOverdueAt(now), ask));
                }
            }
        }

        return missing;
    }

    // What is missing, grouped per organisation (the moderator's overview), organisations by name.
    public IReadOnlyList<IGrouping<string, DueItem>> MissingByOrganisation(MonitoringScope scope, DateTimeOffset now) =>
        [.. Missing(scope, now).GroupBy(d => d.Organisation ?? "").OrderBy(g => g.Key, StringComparer.CurrentCulture)];

    // The due cards the scheduler may send now: in office hours only, one per owner and indicator, when a
    // missing period was never asked for or the last ask is AskInterval ago.
    public IReadOnlyList<DueRequest> DueRequests(MonitoringScope scope, DateTimeOffset now, ReminderPolicy policy)
    {
        if (!policy.IsSendingAllowedAt(now))
        {
            return [];
        }

        // When one period of an indicator is to be asked, the card asks for all its missing periods.
        var missing = Missing(scope, now).Where(d => d.Owner is not null).ToList();
        var toAsk = missing.Where(d => d.LastAsk is null || now - d.LastAsk.LastAskedAt >= AskInterval)
            .Select(d => (d.Owner!.UserId, d.IndicatorId)).ToHashSet();
        return [.. Requests(missing.Where(d => toAsk.Contains((d.Owner!.UserId, d.IndicatorId))))];
    }

    // A moderator's nudge: the due cards of one organisation (or all) now, whatever the interval.
    public DomainResult<IReadOnlyList<DueRequest>> Nudge(MonitoringScope scope, Actor actor, string? organisation, DateTimeOffset now)
    {
        if (!scope.IsModerator(actor.UserId))
        {
            return Rules.NotModerator(actor.UserId);
        }

        var items = Missing(scope, now).Where(d => d.Owner is not null
            && (string.IsNullOrWhiteSpace(organisation) || string.Equals(d.Organisation, organisation.Trim(), StringComparison.OrdinalIgnoreCase)));
        return DomainResult<IReadOnlyList<DueRequest>>.Success([.. Requests(items)]);
    }

    // Claims the sending of these cards (saved with the ETag before anything is sent).
    public Change<WerkgroepMonitoring> MarkAsked(IReadOnlyList<DueRequest> requests, Actor by, DateTimeOffset now)
    {
        if (requests.Count == 0)
        {
            return Change<WerkgroepMonitoring>.Unchanged(this);
        }

        var asks = Asks.ToList();
        foreach (var request in requests)
        {
            foreach (var period in request.Periods)
            {
                int i = asks.FindIndex(a => a.IndicatorId == request.IndicatorId && a.PeriodKey == period.Key && a.OwnerId == request.Owner.UserId);
                asks.Add(i < 0
                    ? new DueAsk(request.IndicatorId, period.Key, request.Owner.UserId, now, now, 1)
                    : asks[i] with { LastAskedAt = now, Times = asks[i].Times + 1 });
                if (i >= 0)
                {
                    asks.RemoveAt(i);
                }
            }
        }

        return Changed(
            this with { Asks = asks },
            by,
            now,
            [.. requests.Select(r => (MonitoringEventKinds.DataAsked, $"{r.IndicatorId} {string.Join(",", r.Periods.Select(p => p.Key))}: {r.Owner.UserId}"))]);
    }

    private bool IsDelivered(Indicator indicator, MonitoringPeriod period) =>
        indicator.IndicatorKind == IndicatorKind.Vertellen
            ? Stories.Any(s => s.IndicatorIds.Contains(indicator.Id) && s.Period.FirstDay < period.EndExclusive && s.Period.EndExclusive > period.FirstDay)
            : Current(indicator.Id, period.Key) is not null;

    private static IEnumerable<DueRequest> Requests(IEnumerable<DueItem> items) =>
        items.GroupBy(d => (d.Owner!.UserId, d.IndicatorId))
            .Select(g => new DueRequest(g.First().Owner!, g.Key.IndicatorId, [.. g.Select(d => d.Period).OrderBy(p => p.FirstDay)]));
}
