using WorkshopBot.Coaching.Text;

namespace WorkshopBot.Coaching.Rules;

/// <summary>
/// Marks which part of a sentence is the result itself (main), which part is the means ("door betere
/// samenwerking", "dankzij de koffieochtenden", "doordat partners afstemmen") and which part is a purpose or
/// consequence ("zodat ouderen …"). Output and process words in a means clause do not make the result output or
/// process; outcome words only in a purpose clause do not rescue a result whose main clause is output.
/// </summary>
internal static partial class Clauses
{
    private const int MaxMeansLength = 8;

    public static ClauseRole[] Compute(TextAnalysis a)
    {
        var t = a.Tokens;
        var roles = new ClauseRole[t.Length];
        var i = 0;
        while (i < t.Length)
        {
            if (LeadingPhraseEnd(a, i) is { } leadEnd)
            {
                for (; i < leadEnd; i++)
                {
                    roles[i] = ClauseRole.Means;
                }

                continue;
            }

            if (a.MatchAt(LexiconLists.SubordinateMeansMarkers, i) > 0)
            {
                var j = i;
                while (j < t.Length && !IsBoundary(t[j]) && !(j > i && IsPurposeAt(a, j)))
                {
                    roles[j++] = ClauseRole.Means;
                }

                i = j;
                continue;
            }

            var means = a.MatchAt(LexiconLists.MeansMarkers, i);
            if (means > 0 && !IsAgent(a, i, means) && !IsParticle(a, i, means))
            {
                var j = i;
                for (; j < i + means; j++)
                {
                    roles[j] = ClauseRole.Means;
                }

                // "zijn door de jongerenwerkers 42 straatgesprekken gevoerd": an organisation after "door" is the agent
                // of a passive; the phrase ends with it and what follows is the main clause again.
                var limit = AgentEnd(a, i, means) ?? i + MaxMeansLength;
                while (j < t.Length && j < limit && !IsBoundary(t[j]) && !EndsMeans(a, j) && !IsPurposeAt(a, j))
                {
                    roles[j++] = ClauseRole.Means;
                }

                i = j;
                continue;
            }

            if (IsPurposeAt(a, i))
            {
                var j = i;
                while (j < t.Length && t[j].Text is not (";" or "."))
                {
                    roles[j++] = ClauseRole.Purpose;
                }

                i = j;
                continue;
            }

            i++;
        }

        MarkContext(a, roles);
        return roles;
    }

    // "wordt bezocht door senioren", "door inwoners wordt het buurthuis gebruikt": "door" + residents names who
    // does it (the agent of a passive), not a means, so the residents still count as the target group.
    private static bool IsAgent(TextAnalysis a, int index, int length)
    {
        if (a.TextAt(index) != "door" || length != 1)
        {
            return false;
        }

        for (var k = index + 1; k < a.Count && k <= index + 5; k++)
        {
            if (IsBoundary(a.Tokens[k]) || a.MatchAt(LexiconLists.ClauseVerbs, k) > 0)
            {
                return false;
            }

            if (a.MatchAt(LexiconLists.TargetGroups, k) > 0)
            {
                return true;
            }
        }

        return false;
    }

    // "stromen … door naar de havo", "gaan door tot": "door" before a preposition or at the end is a verb particle.
    private static bool IsParticle(TextAnalysis a, int index, int length) =>
        length == 1 && a.TextAt(index) == "door" && (index + 1 >= a.Count || a.Tokens[index + 1].IsPunctuation || a.TextAt(index + 1) is "naar" or "tot");

    private static int? AgentEnd(TextAnalysis a, int index, int length)
    {
        if (a.TextAt(index) != "door" || length != 1 || !a.Tokens.Any(x => x.Text is "wordt" or "worden" or "werd" or "werden" or "zijn" or "is"))
        {
            return null;
        }

        var k = index + 1;
        while (k < a.Count && a.TextAt(k) is "de" or "het" or "een" or "onze")
        {
            k++;
        }

        var actor = a.MatchAt(LexiconLists.ProcessActors, k);
        return actor > 0 ? k + actor : null;
    }

    private static bool IsBoundary(in Token token) => token.IsPunctuation && token.Text is "," or ";" or "." or ":" or "(" or ")";

    private static bool EndsMeans(TextAnalysis a, int index)
    {
        // "Via het buurtpension houden in 2027 honderd ouderen …": a year (with its preposition) ends the leading
        // means phrase; "via de Thuisbieb aan ouderen": the residents something goes to are no part of the means.
        var t = a.Tokens;
        if (t[index].IsYear || (index + 1 < t.Length && t[index + 1].IsYear && a.TextAt(index) is "in" or "tegen" or "vanaf" or "per" or "eind"))
        {
            return true;
        }

        if (a.TextAt(index) == "aan" && (a.MatchAt(LexiconLists.TargetGroups, index + 1) > 0 ||
            (a.TextAt(index + 1) is "de" or "het" or "alle" && a.MatchAt(LexiconLists.TargetGroups, index + 2) > 0)))
        {
            return true;
        }

        // "door mee te doen aan de schooltuin": a verb after "te" belongs to the means.
        var infinitive = index > 0 && a.TextAt(index - 1) == "te";
        if (!infinitive && (a.MatchAt(LexiconLists.ClauseVerbs, index) > 0 || LooksLikeInvertedVerb(a, index)))
        {
            return true;
        }

        return !infinitive && a.TextAt(index) is not ("meer" or "minder") && a.MatchAt(LexiconLists.ChangeMarkers, index) > 0;
    }

    private static bool IsPurposeAt(TextAnalysis a, int index)
    {
        var length = a.MatchAt(LexiconLists.PurposeMarkers, index);
        if (length == 0)
        {
            return false;
        }

        // "om" only starts a purpose clause in "om … te …" ("om hulp te vragen" is still the result's content
        // when it follows "durven"), so require the "te".
        if (a.TextAt(index) == "om" && length == 1)
        {
            for (var k = index + 1; k < a.Count && k <= index + 8; k++)
            {
                if (a.TextAt(k) == "te")
                {
                    return !(index > 0 && a.TextAt(index - 1) is "durven" or "durft" or "durf");
                }
            }

            return false;
        }

        return true;
    }
}
