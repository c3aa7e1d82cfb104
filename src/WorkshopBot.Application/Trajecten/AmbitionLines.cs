using System.Globalization;
using WorkshopBot.Domain.Trajecten;

namespace WorkshopBot.Application.Trajecten;

// The ambitions field of the create and edit forms: one ambition per line, its sub-goals on the lines
// below it starting with "-" (or "*", "•"). Ids: an ambition or sub-goal whose text is unchanged keeps its
// id, so a werkgroep's focus survives an edit; new ones get the next free number ("amb-3", "amb-3-2").
public static class AmbitionLines
{
    private static readonly char[] Bullets = ['-', '*', '•', '–'];

    public static IReadOnlyList<Ambition> Parse(string? text, IReadOnlyList<Ambition> existing)
    {
        var drafts = new List<(string Text, List<string> SubGoals)>();
        foreach (var raw in (text ?? "").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (Bullets.Contains(line[0]) && drafts.Count > 0)
            {
                var subGoal = line.TrimStart(Bullets).Trim();
                if (subGoal.Length > 0)
                {
                    drafts[^1].SubGoals.Add(subGoal);
                }

                continue;
            }

            if (line.TrimStart(Bullets).Trim() is { Length: > 0 } ambition)
            {
                drafts.Add((ambition, []));
            }
        }

        var next = NextNumber(existing.Select(a => a.Id), "amb-");
        var ambitions = new List<Ambition>();
        foreach (var (ambitionText, subGoalTexts) in drafts)
        {
            var kept = existing.FirstOrDefault(a => Same(a.Text, ambitionText) && ambitions.All(taken => taken.Id != a.Id));
            var id = kept?.Id ?? $"amb-{next++}";
            var nextGoal = NextNumber(kept?.SubGoals.Select(g => g.Id) ?? [], id + "-");
            var subGoals = new List<SubGoal>();
            foreach (var goalText in subGoalTexts)
            {
                var keptGoal = kept?.SubGoals.FirstOrDefault(g => Same(g.Text, goalText) && subGoals.All(taken => taken.Id != g.Id));
                subGoals.Add(new SubGoal(keptGoal?.Id ?? $"{id}-{nextGoal++}", goalText));
            }

            ambitions.Add(new Ambition(id, ambitionText, subGoals));
        }

        return ambitions;
    }

    // The form's text for stored ambitions, so the edit form starts with what is there.
    public static string Format(IReadOnlyList<Ambition> ambitions) =>
        string.Join("\n", ambitions.SelectMany(a => a.SubGoals.Select(g => "- " + g.Text).Prepend(a.Text)));

    private static bool Same(string left, string right) => string.Equals(left, right, StringComparison.OrdinalIgnoreCase);

    private static int NextNumber(IEnumerable<string> ids, string prefix) =>
        ids.Select(id => id.StartsWith(prefix, StringComparison.Ordinal)
                && int.TryParse(id[prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0)
            .Max() + 1;
}
