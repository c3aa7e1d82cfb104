using WorkshopBot.Coaching.Text;
using WorkshopBot.Domain.Items;

namespace WorkshopBot.Coaching.Rules;

// Round 12: what a count counts when the lists do not say — an event among residents, the organisation's resources, a
// visual report of an activity — and a marked best guess instead of "unknown".
internal sealed partial class IndicatorRules
{
    private const string GuessPrefix = "beste gok";

    private static readonly HashSet<string> AmongPrepositions = new(StringComparer.Ordinal) { "bij", "onder", "van", "in", "binnen" };

    /// <summary>A count at the start of the name: a count word ("Aantal", "Aandeel") or a percent sign ("% vsv'ers onder …").</summary>
    private static int CountAtStart(TextAnalysis name) =>
        name.Count == 0 ? 0 : name.Tokens[0].Kind == TokenKind.Percent ? 1 : name.MatchAt(LexiconLists.CountWords, 0);

    /// <summary>
    /// "Aantal heupfracturen bij thuiswonende ouderen", "Aandeel eenzamen onder de 75-plussers": the count counts the word
    /// before the preposition, and the residents after it are where it happens. When no list knows that word, it is most
    /// likely something that happens to or is done by residents — outcome, as a marked best guess. Null when the word is a
    /// group, a known word of any type, or no residents follow.
    /// </summary>
    private static (IndicatorType? Type, IReadOnlyList<string> Evidence)? CountedAmongResidents(TextAnalysis name)
    {
        var t = name.Tokens;
        var counted = CountAtStart(name);
        if (counted == 0 || counted + 1 >= t.Length || !t[counted].IsWord || name.IsHit(LexiconLists.TargetGroups, counted) || IsKnownIndicatorWord(name, counted))
        {
            return null;
        }

        var preposition = counted + 1;
        if (!AmongPrepositions.Contains(t[preposition].Text))
        {
            return null;
        }

        var group = name.Hits(LexiconLists.TargetGroups).Where(g => g.Start > preposition && g.Start <= preposition + 3).Select(g => (Hit?)g).FirstOrDefault();
        return group is { } g
            ? (IndicatorType.Outcome, [$"{GuessPrefix}: ‘{name.Surface(counted, counted + 1)}’ {t[preposition].Text} ‘{name.Surface(g)}’ telt iets wat inwoners overkomt of doen"])
            : null;
    }

    /// <summary>
    /// "Aantal heupfracturen bij …" counts fractures, not residents: true when the word right after the count is no group
    /// and a preposition follows it, so the group after that preposition is not what is counted.
    /// </summary>
    private static bool CountsThingBeforePreposition(TextAnalysis name, int countEnd, int groupStart)
    {
        var t = name.Tokens;
        return groupStart > countEnd + 1 && t[countEnd].IsWord && !name.IsHit(LexiconLists.TargetGroups, countEnd) &&
            AmongPrepositions.Contains(t[countEnd + 1].Text);
    }

    private static bool IsKnownIndicatorWord(TextAnalysis name, int k) =>
        new[]
        {
            LexiconLists.IndicatorOutcomeTerms, LexiconLists.OutcomeTerms, LexiconLists.IndicatorOutputTerms, LexiconLists.OutputNouns,
            LexiconLists.IndicatorProcessTerms, LexiconLists.ProcessTerms, LexiconLists.IndicatorInputTerms, LexiconLists.PreconditionTerms,
            LexiconLists.StoryTerms, LexiconLists.CountTerms, LexiconLists.UnitTerms,
        }.Any(list => name.IsHit(list, k));

    /// <summary>
    /// "Ingezette fte schuldhulpconsulenten", "Begroot budget voor de preventieaanpak", "Gerealiseerde formatie
    /// wijkverpleging": when the head of the name — its first noun past a count word and participles or adjectives — is
    /// a resource (<c>resourceTerms</c>: fte, formatie, budget, bedrag, subsidie, uren inzet), the indicator measures what
    /// the organisation puts in, whatever the participle says. Evidence: the resource.
    /// </summary>
    private static (IndicatorType? Type, IReadOnlyList<string> Evidence)? ResourceHead(TextAnalysis name)
    {
        var t = name.Tokens;
        var k = CountAtStart(name);
        while (k < t.Length && t[k].IsWord && (t[k].Text is "totaal" or "totale" or "gemiddeld" or "gemiddelde" or "het" or "de" ||
            (t[k].Text.Length > 4 && t[k].Text[^1] == 'e' && name.MatchAt(LexiconLists.ResourceTerms, k) == 0) || IsParticipleLike(t[k].Text)))
        {
            k++;
        }

        var resource = name.MatchAt(LexiconLists.ResourceTerms, k);
        // "Gemiddeld schuldbedrag van huishoudens": money of residents is their situation, not the organisation's input.
        var residents = name.Hits(LexiconLists.TargetGroups).Exists(g => g.Start >= 2 && t[g.Start - 1].Text is "van" or "bij" or "onder" ||
            (g.Start >= 3 && t[g.Start - 2].Text is "van" or "bij" or "onder" && t[g.Start - 1].Text is "de" or "het"));
        return resource > 0 && !residents ? (IndicatorType.Input, ["middelen: " + name.Surface(k, k + resource)]) : null;
    }

    // "begroot", "besteed", "ingezet", "gerealiseerd": a participle before the head says what happened to it.
    private static bool IsParticipleLike(string word) =>
        word.Length >= 6 && word[^1] is 'd' or 't' && (word.StartsWith("be", StringComparison.Ordinal) || word.StartsWith("ge", StringComparison.Ordinal) ||
            SeparablePrefixes.Any(p => p.Length > 0 && word.StartsWith(p + "ge", StringComparison.Ordinal)));

    /// <summary>
    /// "Aantal uren dat vrijwilligers per maand inzetten": hours that volunteers or professionals give are the
    /// organisation's effort (input), not a behaviour of residents.
    /// </summary>
    private static (IndicatorType? Type, IReadOnlyList<string> Evidence)? HelpersHours(TextAnalysis name)
    {
        var t = name.Tokens;
        var unit = Array.FindIndex(t, x => x.Text is "uren" or "uur");
        if (unit < 0 || unit + 2 >= t.Length || t[unit + 1].Text is not ("dat" or "die"))
        {
            return null;
        }

        for (var k = unit + 2; k < t.Length && k <= unit + 3; k++)
        {
            var w = t[k].Text;
            if (w.StartsWith("vrijwilliger", StringComparison.Ordinal) || name.MatchAt(LexiconLists.ProcessActors, k) > 0 || ServiceWords.At(name, k))
            {
                return (IndicatorType.Input, ["inzet van " + name.Surface(k, k + 1) + ": " + name.Surface(unit, k + 1)]);
            }
        }

        return null;
    }

    /// <summary>
    /// A story whose name starts with a visual report ("Beeldverslag van …", "Collage van …", "Fotoverslag …") and names
    /// no residents shows what was done — output, as a best guess (round 10 did this for photo reports only).
    /// </summary>
    private static bool IsVisualReport(TextAnalysis name) =>
        name.Count > 0 && name.MatchAt(LexiconLists.VisualReportTerms, 0) > 0;

    /// <summary>
    /// Round 12: when the words give no type at all, a marked best guess instead of "unknown": residents named → outcome
    /// (what the indicator is about), otherwise a count → output (something counted that the organisation does or has).
    /// A single word (a bare "Verhalen") stays unknown: there is nothing to guess from.
    /// </summary>
    private static (IndicatorType Type, string Evidence)? FallbackGuess(TextAnalysis name)
    {
        if (name.Tokens.Count(x => x.IsWord) < 2)
        {
            return null;
        }

        var group = name.Hits(LexiconLists.TargetGroups).Select(h => (Hit?)h).FirstOrDefault();
        if (group is { } g)
        {
            return (IndicatorType.Outcome, $"{GuessPrefix}: het gaat over ‘{name.Surface(g)}’; zeg wat er voor hen verandert");
        }

        // Round 15: "Buurtverbondenheid in de wijk", "Weerbaarheid van …": a headline noun for a quality or state (-heid,
        // -schap) names how people are — outcome, as a guess.
        var first = name.Tokens[0];
        if (CountAtStart(name) == 0 && first.IsWord && first.Text.Length > 7 && (first.Text.EndsWith("heid", StringComparison.Ordinal) || first.Text.EndsWith("schap", StringComparison.Ordinal)))
        {
            return (IndicatorType.Outcome, $"{GuessPrefix}: ‘{name.Text[first.Start..first.End]}’ noemt hoe mensen zijn of zich voelen");
        }

        return CountAtStart(name) > 0 ? (IndicatorType.Output, $"{GuessPrefix}: een telling van iets wat gedaan of geleverd wordt") : null;
    }

    private static readonly string[] SeparablePrefixes = ["", "af", "uit", "aan", "op", "in", "mee", "toe", "door", "over", "bij", "terug", "weg"];

    // The participle right after a leading count word, when it is no change word: "getekende", "afgenomen", "uitgereikte".
    private static string? CountedParticiple(TextAnalysis name)
    {
        var count = name.Hits(LexiconLists.CountWords).Find(h => h.Start == 0);
        if (count.Length == 0 || count.End + 1 >= name.Count)
        {
            return null;
        }

        var word = name.Tokens[count.End].Text;
        var participle = word.Length >= 7 && word[^1] is 'e' or 'd' or 't' or 'n' &&
            SeparablePrefixes.Any(p => word.StartsWith(p + "ge", StringComparison.Ordinal) && word.Length > p.Length + 4);
        return participle && !HasChangeWords(name, count.End) ? name.Surface(count.End, Math.Min(name.Count, count.End + 2)) : null;
    }
}
