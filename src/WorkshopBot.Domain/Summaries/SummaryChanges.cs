namespace WorkshopBot.Domain.Summaries;

// What changed between the last published version and the werkgroep as it stands now. Items are
// matched by what identifies them (a result by its id, an indicator by its name within its result, an
// activity by what it is, an agreement by its description, a participant by name); any other field that
// differs makes the item "changed". No changes means the same content: publishing it again would only
// reset the partners' answers, so no new version is made. The board link is not content.
public static class SummaryChanges
{
    public static IReadOnlyList<SummaryChange> Between(SummaryContent previous, SummaryContent current)
    {
        var changes = new List<SummaryChange>();
        if (previous.Title != current.Title || previous.WerkgroepName != current.WerkgroepName || previous.TrajectName != current.TrajectName
            || previous.OpenCoachingPoints != current.OpenCoachingPoints)
        {
            changes.Add(new(SummaryItemKind.Title, SummaryChangeKind.Changed, current.Title));
        }

        Compare(changes, SummaryItemKind.Result, previous.Results, current.Results, ResultKey, r => r.Statement,
            (a, b) => a.Statement == b.Statement && a.Status == b.Status && a.CoachingPoints.SequenceEqual(b.CoachingPoints));
        Compare(changes, SummaryItemKind.Indicator, Indicators(previous), Indicators(current), i => i.Key, i => i.Indicator.Name,
            (a, b) => a.Indicator == b.Indicator);
        Compare(changes, SummaryItemKind.Activity, previous.Activities, current.Activities, a => a.What, a => a.What,
            (a, b) => a.Organisations.SequenceEqual(b.Organisations, StringComparer.Ordinal));
        Compare(changes, SummaryItemKind.Agreement, previous.QualityAgreements, current.QualityAgreements, q => q.Description, q => q.Description,
            (a, b) => a == b);
        Compare(changes, SummaryItemKind.OpenQuestion, previous.OpenQuestions, current.OpenQuestions, q => q, q => q, (_, _) => true);
        Compare(changes, SummaryItemKind.Participant, previous.Participants, current.Participants, p => p.Name, p => p.Name,
            (a, b) => a == b);
        return changes;
    }

    public static bool AreSame(SummaryContent previous, SummaryContent current) => Between(previous, current).Count == 0;

    private sealed record KeyedIndicator(string Key, SummaryIndicator Indicator);

    private static string ResultKey(SummaryResult result) => string.IsNullOrEmpty(result.Id) ? "~" + result.Statement : result.Id;

    private static List<KeyedIndicator> Indicators(SummaryContent content) =>
        content.Results.SelectMany(r => r.Indicators.Select(i => new KeyedIndicator(ResultKey(r) + "\u001f" + i.Name, i))).ToList();

    // Items with the same key (two activities named alike) are matched in order of appearance.
    private static void Compare<T>(
        List<SummaryChange> changes,
        SummaryItemKind item,
        IReadOnlyList<T> previous,
        IReadOnlyList<T> current,
        Func<T, string> key,
        Func<T, string> label,
        Func<T, T, bool> same)
    {
        var before = Keyed(previous, key);
        var after = Keyed(current, key);
        foreach (var (k, now) in after)
        {
            if (!before.TryGetValue(k, out var then))
            {
                changes.Add(new(item, SummaryChangeKind.Added, label(now)));
            }
            else if (!same(then, now))
            {
                changes.Add(new(item, SummaryChangeKind.Changed, label(now)));
            }
        }

        changes.AddRange(before.Where(b => !after.ContainsKey(b.Key)).Select(b => new SummaryChange(item, SummaryChangeKind.Removed, label(b.Value))));
    }

    private static Dictionary<string, T> Keyed<T>(IReadOnlyList<T> items, Func<T, string> key)
    {
        var keyed = new Dictionary<string, T>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in items)
        {
            var k = key(entry);
            var n = seen.GetValueOrDefault(k);
            seen[k] = n + 1;
            keyed[k + "\u001e" + n] = entry;
        }

        return keyed;
    }
}
