using WorkshopBot.Coaching.Text;

namespace WorkshopBot.Coaching.Rules;

// Round 10: counted residents doing something with a verb no list holds are a change when the predicate carries a
// qualifier of a behaviour or a state — again, a duration or frequency, or the perfect tense of a behaviour; a group
// named before a colon is the subject of the share after it; an outcome adjective in front of counted residents only
// says who they are.
internal sealed partial class ResultFacts
{
    private static readonly HashSet<string> PeriodWords = new(StringComparer.Ordinal)
    {
        "dag", "week", "maand", "nacht", "jaar", "schooldag", "werkdag", "weekend",
    };

    /// <summary>
    /// "zitten … negentig jongeren … weer in de schoolbanken" (again: a state regained), "werken 150
    /// bijstandsgerechtigden … minstens 20 uur per week" (a duration or frequency per period), "hebben 80-plussers …
    /// hun huis valveilig gemaakt" (the perfect tense of a behaviour, not "laten" + a service). The output classes are
    /// checked afterwards by the caller, so "komen weer naar de inloop" and "hebben een gesprek gehad" stay output.
    /// </summary>
    private bool IsQualifiedBehaviour(Span group, int start, int end)
    {
        var t = A.Tokens;
        var qualifiers = Qualifiers();
        bool Outside(int k) => Roles[k] == ClauseRole.Main && (k < group.Start || k >= group.End) && !qualifiers.Exists(q => k >= q.Start && k < q.End);
        // Residents only as the object ("trekt … langs de dorpen voor kinderen"): the qualifier belongs to someone else.
        if (AfterPreposition(group.Start))
        {
            return false;
        }

        var perfect = false;
        for (var k = Math.Max(0, start - 1); k < end && k < t.Length; k++)
        {
            if (!Outside(k))
            {
                continue;
            }

            // "zich gemeld bij het Geldpunt", "naar De Schakel": a named place or service they go to is taking part.
            if (t[k].Text is "bij" or "naar" or "aan" && k + 1 < t.Length && NamedAt(t[k + 1].Text is "de" or "het" or "een" ? k + 2 : k + 1))
            {
                return false;
            }

            if (t[k].Text is "laten" or "laat" or "liet" or "lieten")
            {
                return false;
            }

            if (t[k].Text == "weer" && !(k + 1 < t.Length && t[k + 1].Text is "op" or "naar" && k + 2 < t.Length && A.IsHit(LexiconLists.OutputNouns, k + 2)))
            {
                return true;
            }

            // "20 uur per week", "drie dagen per week", "minstens twee keer per maand".
            // Round 15: also written with a slash ("12 uur/week"), where the clause ends at the slash.
            if (k >= 1 && t[k - 1].IsNumber && k + 2 < t.Length && t[k + 1].Text == "/" && PeriodWords.Contains(t[k + 2].Text))
            {
                return true;
            }

            if (t[k].Text == "per" && k + 1 < t.Length && PeriodWords.Contains(t[k + 1].Text) && k >= 2 && (t[k - 2].IsNumber || t[k - 2].Text is "een" or "minstens" or "ten"))
            {
                return true;
            }

            // Round 11: "hebben … een buffer van minstens 500 euro", "sparen … 25 euro per maand": an amount of money the
            // residents have, save, spend or owe is their situation (what they receive is an output class, checked later).
            if (IsMoneyAt(k))
            {
                return true;
            }

            perfect |= t[k].Text is "hebben" or "heeft" or "had" or "hadden";
        }

        return perfect && LastWordIsParticiple(start, end);
    }

    private bool IsMoneyAt(int k)
    {
        var t = A.Tokens;
        return (t[k].Text is "euro" or "euros" or "euro's" && k > 0 && t[k - 1].IsNumber) || (t[k].Text == "€" && k + 1 < t.Length && t[k + 1].IsNumber);
    }

    private bool NamedAt(int k) => k < A.Tokens.Length && A.Tokens[k].IsWord && char.IsUpper(A.Text[A.Tokens[k].Start]);

    private bool LastWordIsParticiple(int start, int end)
    {
        var t = A.Tokens;
        var last = Math.Min(end, t.Length) - 1;
        while (last > start && (t[last].IsPunctuation || Roles[last] != ClauseRole.Main || InHorizon(last)))
        {
            last--;
        }

        var w = t[last].Text;
        return w.Length >= 6 && w[^1] is 'd' or 't' or 'n' && (w.StartsWith("ge", StringComparison.Ordinal) ||
            SeparableParticles.Any(p => w.StartsWith(p + "ge", StringComparison.Ordinal) && w.Length > p.Length + 4));
    }

    private static readonly string[] SeparableParticles = ["af", "uit", "aan", "op", "in", "toe", "door", "over", "terug", "weg", "klaar", "schoon", "vast"];

    /// <summary>
    /// "Jonge moeders in Kerkrade: in 2027 geeft 70% borstvoeding …": the group before the colon is the subject of the
    /// share after it. Returns what the share does when it names no output class.
    /// </summary>
    private string? ColonGroupShare(Span group)
    {
        var t = A.Tokens;
        // The group may carry a place or a qualifier ("Mantelzorgers van mensen met NAH in Gouda:") but no verb.
        var colon = Array.FindIndex(t, group.End, Math.Min(8, t.Length - group.End), x => x.Text == ":");
        if (group.Start > 1 || colon < 0 || colon + 2 >= t.Length || Enumerable.Range(group.End, colon - group.End).Any(k => t[k].IsPunctuation || IsVerbAt(k)))
        {
            return null;
        }

        var share = Enumerable.Range(colon + 1, t.Length - colon - 1).Any(k => t[k].Kind == TokenKind.Percent || t[k].Text == "procent" || A.MatchAt(LexiconLists.QuantityPhrases, k) > 0 && !t[k].IsNumber);
        return share && !NamesOutputClass(colon + 1, t.Length) ? A.Surface(colon + 1, t.Length) : null;
    }

    /// <summary>"25 eenzame ouderen", "150 kwetsbare jongeren": an outcome adjective between a count and the group says who is counted.</summary>
    private bool IsCountedGroupAdjective(Hit hit)
    {
        var t = A.Tokens;
        return hit.Length == 1 && hit.Start > 0 && hit.End < t.Length && t[hit.Start - 1].IsNumber && !t[hit.Start - 1].IsYear &&
            IsAdjectiveLike(t[hit.Start].Text) && A.IsHit(LexiconLists.TargetGroups, hit.End);
    }
}
