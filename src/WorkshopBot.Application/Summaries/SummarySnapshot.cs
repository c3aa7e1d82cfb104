using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Application.Summaries;

// What a published version holds: the werkgroep's results, indicators, activities and agreements as
// they stand at publication. The content never changes afterwards.
public static class SummarySnapshot
{
    public static SummaryContent Of(Werkgroep werkgroep, Traject traject, string? boardUrl)
    {
        var resultIds = werkgroep.Results.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var results = werkgroep.Results
            .Select(r => new SummaryResult(r.Id, r.Statement, r.Status.ToString(), Indicators(werkgroep.Indicators.Where(i => i.ResultId == r.Id)), []))
            .ToList();
        var loose = werkgroep.Indicators.Where(i => i.ResultId is null || !resultIds.Contains(i.ResultId)).ToList();
        if (loose.Count > 0)
        {
            // Indicators not (yet) linked to a result still belong in what the partners review.
            results.Add(new SummaryResult("", "(zonder resultaat)", nameof(ItemStatus.Concept), Indicators(loose), []));
        }

        return new SummaryContent(
            Title: werkgroep.Name,
            TrajectName: traject.Name,
            WerkgroepName: werkgroep.Name,
            Results: results,
            Activities: werkgroep.Activities.Select(a => new SummaryActivity(a.What, a.Organisations)).ToList(),
            QualityAgreements: werkgroep.QualityAgreements.Select(q => new SummaryAgreement(q.ConditionKind?.ToString() ?? "", q.Description, q.OwnerOrganisation)).ToList(),
            OpenQuestions: [],
            OpenCoachingPoints: 0,
            Participants: werkgroep.Members.Select(m => new SummaryParticipant(m.Name, m.Organisation)).ToList(),
            BoardUrl: boardUrl);
    }

    private static IReadOnlyList<SummaryIndicator> Indicators(IEnumerable<Indicator> indicators) =>
        indicators.Select(i => new SummaryIndicator(i.Name, i.IndicatorKind?.ToString() ?? "", i.Type?.ToString() ?? "", i.DataSource, i.Baseline, i.Target)).ToList();
}
