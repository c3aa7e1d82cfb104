using WorkshopBot.Coaching.Text;

namespace WorkshopBot.Coaching.Rules;

// Round 9: a sentence-initial activity phrase and the context part of "context; result" are a frame, not the result.
internal static partial class Clauses
{
    private const int MaxLeadingLength = 12;

    /// <summary>
    /// "Na de cursus Digitaal Vaardig regelt …", "Bij de inloop op woensdag leren …", "Met hulp van een buddy maken …",
    /// "Door mee te doen aan de schooltuin eten …": a preposition at the start of a sentence opens a time frame or a
    /// means; its activity words are not output. The phrase ends where the main clause starts — at its finite verb, a
    /// year, a comma — not after the residents. Null when no such phrase starts here, or when the preposition opens a
    /// horizon ("Na twee jaar …") or names the residents themselves ("Bij ouderen in Soest daalt …").
    /// </summary>
    private static int? LeadingPhraseEnd(TextAnalysis a, int index)
    {
        var t = a.Tokens;
        if (index > 0 && t[index - 1].Text is not ("." or ";" or ":"))
        {
            return null;
        }

        var length = a.MatchAt(LexiconLists.LeadingMeansMarkers, index);
        if (length == 0)
        {
            return null;
        }

        var next = index + length;
        var afterArticle = next < t.Length && a.TextAt(next) is "de" or "het" or "alle" or "hun" ? next + 1 : next;
        if (next >= t.Length || t[next].IsYear || a.MatchAt(LexiconLists.TargetGroups, next) > 0 || a.MatchAt(LexiconLists.TargetGroups, afterArticle) > 0 ||
            (t[next].IsNumber && (next + 1 >= t.Length || a.MatchAt(LexiconLists.DurationUnits, next + 1) > 0 || t[next + 1].Text is "%" or "procent")) ||
            a.MatchAt(LexiconLists.QuantityPhrases, next) > 0 || a.MatchAt(LexiconLists.YearPrepositions, index) > 0 && next + 1 < t.Length && t[next].IsYear)
        {
            return null;
        }

        var j = next;
        while (j < t.Length && j < index + MaxLeadingLength && !IsBoundary(t[j]) && !EndsMeans(a, j) && !IsPurposeAt(a, j))
        {
            j++;
        }

        // The phrase needs a main clause after it; a line that is only "Bij de inloop op woensdag" is left alone.
        return j < t.Length && j > next ? j : null;
    }

    /// <summary>
    /// The finite verb of an inverted main clause that the lexicons do not know: a lower-case word, not after an
    /// article or preposition, followed by the subject — a number, a share, residents, a year ("Dankzij de maatjes
    /// van Humanitas houden 50 ex-gedetineerden …", "Via het Jongerenloket keren in 2027 …").
    /// </summary>
    private static bool LooksLikeInvertedVerb(TextAnalysis a, int index)
    {
        var t = a.Tokens;
        if (index == 0 || index + 1 >= t.Length || !t[index].IsWord || t[index].IsNumber || t[index].Text.Length < 3 ||
            !char.IsLower(a.Text[t[index].Start]) || IsFunctionWord(t[index].Text) || IsFunctionWord(t[index - 1].Text) || t[index - 1].IsNumber)
        {
            return false;
        }

        var next = index + 1;
        if (t[next].IsNumber || t[next].IsYear || a.MatchAt(LexiconLists.QuantityPhrases, next) > 0 || a.MatchAt(LexiconLists.TargetGroups, next) > 0)
        {
            return true;
        }

        // "houden deelnemende huishoudens", "keren in 2027", "zitten alle kinderen".
        if (next + 1 < t.Length && (a.MatchAt(LexiconLists.TargetGroups, next + 1) > 0 && (a.TextAt(next) is "alle" or "de" or "veel" || a.TextAt(next).EndsWith('e')) ||
            t[next + 1].IsYear && a.TextAt(next) is "in" or "eind" or "per" or "vanaf" or "tegen"))
        {
            return true;
        }

        return false;
    }

    private static bool IsFunctionWord(string word) => word is "de" or "het" or "een" or "van" or "op" or "in" or "aan" or "met" or "voor" or "bij" or "naar" or
        "over" or "uit" or "tot" or "om" or "te" or "en" or "of" or "die" or "dat" or "hun" or "zijn" or "haar" or "onze" or "deze" or "dit" or "door" or
        "via" or "na" or "tijdens" or "zonder" or "tegen" or "per" or "vanaf" or "eind" or "ruim" or "bijna" or "circa" or "ca" or "zo'n" or "minstens";

    /// <summary>
    /// "Bij het Taalcafé oefenen statushouders Nederlands; over twee jaar voert 60% van hen zelf het oudergesprek …": when
    /// the part before the only semicolon has no number, year or change and the part after it has a number or a year,
    /// the first part is context for the result, not a second result.
    /// </summary>
    private static void MarkContext(TextAnalysis a, ClauseRole[] roles)
    {
        var t = a.Tokens;
        var semicolon = Array.FindIndex(t, x => x.Text == ";");
        if (semicolon <= 0 || Array.FindIndex(t, semicolon + 1, x => x.Text == ";") > 0 || roles[semicolon] != ClauseRole.Main)
        {
            return;
        }

        bool Counted(int from, int to) => Enumerable.Range(from, to - from).Any(k => t[k].IsNumber || t[k].IsYear || a.MatchAt(LexiconLists.QuantityPhrases, k) > 0);
        var change = a.Hits(LexiconLists.ChangeMarkers).Concat(a.Hits(LexiconLists.OutcomeTerms)).Any(h => h.Start < semicolon);
        if (change || Counted(0, semicolon) || !Counted(semicolon + 1, t.Length))
        {
            return;
        }

        for (var k = 0; k <= semicolon; k++)
        {
            roles[k] = roles[k] == ClauseRole.Main ? ClauseRole.Context : roles[k];
        }
    }
}
