using WorkshopBot.Coaching.Text;

namespace WorkshopBot.Coaching.Rules;

// Single result: where a statement joins two results ("en", "daarnaast", "+", ";", a new line or bullet).
internal sealed partial class ResultFacts
{
    /// <summary>
    /// "en" (or "daarnaast", "+", ";", a new line or bullet) between two parts that each carry their own change. A
    /// comma only separates two results when the part after it has its own clause; not when it closes a subclause
    /// ("ouderen die X bezoeken, blijven …") or adds a number or a purpose ("…, in 2027 twintig procent meer").
    /// </summary>
    public List<string> ResultJoins()
    {
        var t = A.Tokens;
        var splits = new List<(int Start, int End, bool Comma)>();
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
            if (i > 0 && StartsLine(i))
            {
                // "-", "•", "*" or a list number "2." / "2)" opens the next line.
                var numbered = t[i].IsNumber && i + 1 < t.Length && t[i + 1].Text is "." or ")";
                splits.Add((i, t[i].IsPunctuation && t[i].Text is "-" or "•" or "*" ? i + 1 : numbered ? i + 2 : i, false));
                i += numbered ? 1 : 0;
                continue;
            }

            if (Roles[i] is ClauseRole.Means or ClauseRole.Context || shielded[i])
            {
                continue;
            }

            var joiner = A.MatchAt(LexiconLists.ResultJoiners, i);
            if (joiner > 0 && splits.Count > 0 && splits[^1].End == i && t[splits[^1].Start].Text is "." or ";" or ",")
            {
                // ". Daarnaast …", ", en …": one break, not two.
                splits[^1] = (splits[^1].Start, i + joiner, false);
                i += joiner - 1;
            }
            else if (joiner > 0 && !IsRange(i) && !JoinsGroups(i, joiner) && !(t[i].Text == "+" && i > 0 && t[i - 1].IsNumber))
            {
                splits.Add((i, i + joiner, false));
                i += joiner - 1;
            }
            else if (t[i].IsPunctuation && t[i].Text is ";" or "." or "," && i < t.Length - 1 && !AfterAbbreviation(i))
            {
                splits.Add((i, i + 1, t[i].Text == ","));
            }
        }

        var joins = new List<string>();
        for (var s = 0; s < splits.Count; s++)
        {
            var leftStart = s == 0 ? 0 : splits[s - 1].End;
            var rightEnd = s == splits.Count - 1 ? t.Length : splits[s + 1].Start;
            var (start, end, comma) = splits[s];
            // "… van de scholieren. Daarnaast drinkt …": a new sentence that says it adds something.
            var addsSentence = t[start].Text == "." && start + 1 < t.Length && t[start + 1].Text is "daarnaast" or "ook" or "verder" or "bovendien" &&
                start - leftStart >= 3 && rightEnd - end >= 4;
            if (!addsSentence && (!HasCore(leftStart, start) || !HasCore(end, rightEnd)))
            {
                continue;
            }

            if (comma && (!HasOwnClause(end, rightEnd) || ClosesSubclause(leftStart, start, end)))
            {
                continue;
            }

            // "…; 70% heeft minstens één aanpassing gedaan": a measure of the same result.
            if (t[start].Text == ";" && end < t.Length && (t[end].IsNumber || A.IsHit(LexiconLists.QuantityPhrases, end)))
            {
                continue;
            }

            joins.Add(start == end ? "↵" : A.Surface(start, end));
        }

        return joins;
    }

    // "over twee jr. vaker werk": a full stop followed by a word in lower case ends an abbreviation, not a sentence.
    private bool AfterAbbreviation(int index)
    {
        var t = A.Tokens;
        return t[index].Text == "." && index > 0 && t[index - 1].IsWord && index + 1 < t.Length && t[index + 1].IsWord &&
            char.IsLower(A.Text[t[index + 1].Start]) && !StartsLine(index + 1);
    }

    private bool StartsLine(int index)
    {
        var between = A.Text.AsSpan(A.Tokens[index - 1].End, A.Tokens[index].Start - A.Tokens[index - 1].End);
        return between.Contains('\n');
    }

    // The part after a comma is a clause of its own: a verb that is not inside a relative clause, or residents
    // with a change ("ouders minder stress, jongeren minder verzuim").
    private bool HasOwnClause(int start, int end)
    {
        var relative = -1;
        for (var k = start; k < end; k++)
        {
            if (A.Tokens[k].Text is "die" or "dat" or "waar" or "wat" && relative < 0)
            {
                relative = k;
            }

            if (Roles[k] != ClauseRole.Main || (relative >= 0 && k > relative))
            {
                continue;
            }

            if (A.MatchAt(LexiconLists.ClauseVerbs, k) > 0 || A.MatchAt(LexiconLists.OutputVerbs, k) > 0 || A.MatchAt(LexiconLists.VagueVerbs, k) > 0)
            {
                return true;
            }
        }

        var group = TargetGroupSpans().Exists(g => g.Start >= start && g.Start < end);
        var change = A.Hits(LexiconLists.ChangeMarkers).Exists(h => h.Start >= start && h.Start < end);
        return group && change;
    }

    // "Ouderen die de dagbesteding bezoeken, blijven langer thuis wonen": the comma closes the relative clause and
    // the main verb follows.
    private bool ClosesSubclause(int leftStart, int comma, int next)
    {
        var t = A.Tokens;
        if (next >= A.Count || !t[next].IsWord)
        {
            return false;
        }

        // Round 9: the relative clause may hold an "en" that split the line earlier ("Jongeren die de Rots en
        // Water-training hebben gevolgd, worden …"), so look back to the start of the sentence, not of the part.
        var sentence = comma - 1;
        while (sentence > 0 && t[sentence - 1].Text is not ("." or ";" or ":"))
        {
            sentence--;
        }

        var verbNext = A.MatchAt(LexiconLists.ClauseVerbs, next) > 0 || A.MatchAt(LexiconLists.ChangeMarkers, next) > 0;
        for (var k = Math.Max(sentence, 0) + 1; k < comma; k++)
        {
            if (t[k].Text is "die" or "dat" or "waar" or "waarbij" or "waarin" or "waarvan" or "waarop" or "wie")
            {
                // A verb the lists do not know may follow too ("Ouders die de cursus volgden, schreeuwen minder"), as
                // long as the relative clause hangs on the subject: no verb of the main clause before it.
                var subjectOnly = !Enumerable.Range(sentence, k - sentence).Any(j => A.MatchAt(LexiconLists.ClauseVerbs, j) > 0 || A.MatchAt(LexiconLists.ChangeMarkers, j) > 0);
                return verbNext || (subjectOnly && char.IsLower(A.Text[t[next].Start]) && !t[next].IsNumber && t[next].Text is not ("en" or "maar" or "of" or "daarnaast"));
            }
        }

        return false;
    }

    private bool HasCore(int start, int end)
    {
        foreach (var list in new[] { LexiconLists.ChangeMarkers, LexiconLists.VagueVerbs, LexiconLists.OutputVerbs, LexiconLists.ClauseVerbs })
        {
            foreach (var hit in A.Hits(list))
            {
                if (hit.Start >= start && hit.Start < end && Roles[hit.Start] == ClauseRole.Main)
                {
                    return true;
                }
            }
        }

        return false;
    }

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
