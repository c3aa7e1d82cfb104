using WorkshopBot.Coaching.Text;

namespace WorkshopBot.Coaching.Rules;

/// <summary>Derived facts about one result statement, shared by the result rules.</summary>
internal sealed partial class ResultFacts
{
    private const int CountLookahead = 3;
    private const int ParticipationLookahead = 4;
    private const int QualifierLookback = 6;
    private List<Span>? targetGroupSpans;
    private List<Hit>? output;

    public ResultFacts(TextAnalysis a, ClauseRole[] roles, NumberFacts numbers, ResultDraft draft)
    {
        A = a;
        Roles = roles;
        Numbers = numbers;
        Draft = draft;
    }

    public TextAnalysis A { get; }

    public ClauseRole[] Roles { get; }

    public NumberFacts Numbers { get; }

    public ResultDraft Draft { get; }

    public bool HasTargetGroup => Verdicts.Filled(Draft.TargetGroup) || TargetGroupSpans().Count > 0;

    public bool HasMainChange => MainHits(LexiconLists.ChangeMarkers).Count > 0 || MainHits(LexiconLists.VagueVerbs).Count > 0;

    /// <summary>The main clause says something changes for residents.</summary>
    public bool HasMainContent =>
        ContentHits().Exists(h => Roles[h.Start] == ClauseRole.Main) ||
        (TargetGroupSpans().Exists(s => Roles[s.Start] == ClauseRole.Main) && MainHits(LexiconLists.ChangeMarkers).Count > 0);

    /// <summary>The first person noun in the main clause is an organisation or professional, not residents.</summary>
    public bool ActorIsSubject
    {
        get
        {
            var actor = MainHits(LexiconLists.ProcessActors).Select(h => h.Start).DefaultIfEmpty(int.MaxValue).Min();
            var group = TargetGroupSpans().Where(s => Roles[s.Start] == ClauseRole.Main).Select(s => s.Start).DefaultIfEmpty(int.MaxValue).Min();
            return actor < group;
        }
    }

    public List<Hit> MainHits(string list) => A.Hits(list).Where(h => Roles[h.Start] == ClauseRole.Main).ToList();

    public List<Hit> NonMeansHits(string list) => A.Hits(list).Where(h => Roles[h.Start] != ClauseRole.Means).ToList();

    public List<string> TargetGroupSurfaces() =>
        TargetGroupSpans().Select(s => A.Surface(s.Start, s.End)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    public List<string> OutcomeSurfaces()
    {
        var outputHits = OutputHits();
        return ContentHits()
            .Where(h => !outputHits.Exists(o => o.Overlaps(h)))
            .Select(h => A.Surface(h))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>
    /// Outcome words that say what changes. Not when they only say who ("jongeren zonder startkwalificatie")
    /// or are the object of a process ("vroegsignalering van schulden").
    /// </summary>
    public List<Hit> ContentHits()
    {
        var heads = A.Hits(LexiconLists.ProcessTerms).Concat(A.Hits(LexiconLists.PreconditionTerms)).Concat(A.Hits(LexiconLists.AbstractTerms)).ToList();
        return NonMeansHits(LexiconLists.OutcomeTerms)
            .Where(h => !TargetGroupSpans().Exists(s => h.Start >= s.Start && h.Start < s.End && s.Start < h.Start))
            .Where(h => !IsObjectOf(heads, h.Start))
            .ToList();
    }

    public List<string> ContentSurfaces()
    {
        var content = ContentHits().Where(h => Roles[h.Start] == ClauseRole.Main).Select(h => A.Surface(h)).ToList();
        if (content.Count == 0 && HasTargetGroup && HasMainChange)
        {
            content.AddRange(MainHits(LexiconLists.ChangeMarkers).Take(1).Select(h => A.Surface(h)));
        }

        return content.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>
    /// Target groups outside a means clause. An entry ending in "met", "die", "zonder" or "in" ("mensen met")
    /// is extended with the words that follow, so the evidence reads "mensen met schulden".
    /// </summary>
    public List<Span> TargetGroupSpans()
    {
        if (targetGroupSpans is not null)
        {
            return targetGroupSpans;
        }

        var t = A.Tokens;
        targetGroupSpans = [];
        var organisational = A.Hits(LexiconLists.PreconditionTerms).Concat(A.Hits(LexiconLists.ProcessTerms)).ToList();
        foreach (var hit in A.Hits(LexiconLists.TargetGroups))
        {
            // "voldoende vrijwilligers", "netwerk van vrijwilligers": people as a resource, not as target group.
            if (Roles[hit.Start] == ClauseRole.Means || organisational.Exists(o => o.Overlaps(hit)))
            {
                continue;
            }

            var end = hit.End;
            var qualifier = t[end - 1].Text is "met" or "die" or "zonder" or "in";
            if (!qualifier && end + 1 < t.Length && t[end].Text is "met" or "zonder" or "in" or "uit" or "van" && t[end + 1].IsWord)
            {
                end++;
                qualifier = true;
            }

            if (qualifier)
            {
                // "mensen met een beperking", but "mensen met schulden | een betalingsachterstand".
                var limit = end + 3;
                var first = end;
                while (end < t.Length && end < limit && t[end].IsWord && !InHorizon(end) &&
                       !(end > first && t[end].Text is "een" or "de" or "het") &&
                       A.MatchAt(LexiconLists.ClauseVerbs, end) == 0 && A.MatchAt(LexiconLists.ChangeMarkers, end) == 0 &&
                       A.MatchAt(LexiconLists.ResultJoiners, end) == 0 && A.MatchAt(LexiconLists.PurposeMarkers, end) == 0 &&
                       A.MatchAt(LexiconLists.TargetGroups, end) == 0)
                {
                    end++;
                }
            }

            targetGroupSpans.Add(new Span(hit.Start, end));
        }

        // "65+", "75+": an age group written with a plus sign.
        for (var i = 0; i + 1 < t.Length; i++)
        {
            if (t[i].IsNumber && t[i].FromDigits && t[i + 1].Text == "+" && Roles[i] != ClauseRole.Means)
            {
                targetGroupSpans.Add(new Span(i, i + 2));
            }
        }

        return targetGroupSpans;
    }

    /// <summary>"en" (or "daarnaast", ";") between two parts that each carry their own change.</summary>
    public List<string> ResultJoins()
    {
        var t = A.Tokens;
        var splits = new List<(int Start, int End)>();
        var shielded = new bool[t.Length];
        foreach (var list in new[] { LexiconLists.TargetGroups, LexiconLists.OutcomeTerms, LexiconLists.ProcessTerms, LexiconLists.OutputNouns, LexiconLists.TimePhrases, LexiconLists.ProcessActors })
        {
            foreach (var hit in A.Hits(list))
            {
                if (hit.Length > 1)
                {
                    for (var k = hit.Start; k < hit.End; k++)
                    {
                        shielded[k] = true;
                    }
                }
            }
        }

        for (var i = 0; i < t.Length; i++)
        {
            if (Roles[i] == ClauseRole.Means || shielded[i])
            {
                continue;
            }

            var joiner = A.MatchAt(LexiconLists.ResultJoiners, i);
            if (joiner > 0 && !IsRange(i) && !JoinsGroups(i, joiner))
            {
                splits.Add((i, i + joiner));
                i += joiner - 1;
            }
            else if (t[i].IsPunctuation && t[i].Text is ";" or "." or "," && i < t.Length - 1)
            {
                splits.Add((i, i + 1));
            }
        }

        var joins = new List<string>();
        for (var s = 0; s < splits.Count; s++)
        {
            var leftStart = s == 0 ? 0 : splits[s - 1].End;
            var rightEnd = s == splits.Count - 1 ? t.Length : splits[s + 1].Start;
            if (HasCore(leftStart, splits[s].Start) && HasCore(splits[s].End, rightEnd))
            {
                joins.Add(A.Surface(splits[s].Start, splits[s].End));
            }
        }

        return joins;
    }

    private bool HasCore(int start, int end)
    {
        foreach (var list in new[] { LexiconLists.ChangeMarkers, LexiconLists.VagueVerbs, LexiconLists.OutputVerbs, LexiconLists.ClauseVerbs })
        {
            foreach (var hit in A.Hits(list))
            {
                if (hit.Start >= start && hit.Start < end && Roles[hit.Start] != ClauseRole.Means)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "vroegsignalering van schulden", "voldoende plekken in de dagbesteding", "preventie van huisuitzettingen":
    // the outcome word is the object of a process, precondition or abstract noun, not a change for residents.
    private bool IsObjectOf(List<Hit> heads, int index)
    {
        var t = A.Tokens;
        var k = index - 1;
        if (k >= 0 && t[k].Text is "de" or "het")
        {
            k--;
        }

        return k >= 1 && t[k].Text is "van" or "bij" or "in" or "voor" or "over" && heads.Exists(h => h.End == k);
    }

    private bool InHorizon(int index) => Numbers.Horizons.Any(h => index >= h.Start && index < h.End);

    private bool IsRange(int index)
    {
        var t = A.Tokens;
        if (index > 0 && index + 1 < t.Length && t[index - 1].IsNumber && t[index + 1].IsNumber)
        {
            return true;
        }

        for (var k = index - 1; k >= 0 && k >= index - 5; k--)
        {
            if (t[k].IsPunctuation)
            {
                return false;
            }

            if (A.MatchAt(LexiconLists.RangeMarkers, k) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private bool JoinsGroups(int index, int length)
    {
        var before = index - 1;
        var after = index + length;
        while (after < A.Count && A.MatchAt(LexiconLists.GroupDeterminers, after) > 0)
        {
            after += A.MatchAt(LexiconLists.GroupDeterminers, after);
        }

        return before >= 0 && after < A.Count && IsPerson(before) && IsPerson(after);
    }

    private bool IsPerson(int index) =>
        TargetGroupSpans().Exists(s => index >= s.Start && index < s.End) ||
        A.IsHit(LexiconLists.TargetGroups, index) ||
        A.IsHit(LexiconLists.ProcessActors, index);
}
