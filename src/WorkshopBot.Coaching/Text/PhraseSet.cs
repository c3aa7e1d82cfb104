using System.Collections.Frozen;

namespace WorkshopBot.Coaching.Text;

/// <summary>
/// A compiled lexicon list: single words and multiword phrases, matched token by token (longest first).
/// Entries are tokenized with the same tokenizer as the text, so folding rules apply to both. A '*' at the end
/// of a word matches any ending ("eenzaam*"), at the start any beginning ("*plussers").
/// A stemmed set (round 7) also lets the first word of an entry meet its inflected forms in the text
/// (<see cref="DutchStems"/>: "roken" matches "rookt" and "gerookt"), when no entry matches as written.
/// </summary>
internal sealed class PhraseSet
{
    private readonly Dictionary<string, Phrase[]> byFirstToken;
    private readonly Phrase[] wildcardFirst;
    private readonly Dictionary<string, Phrase[]>? byFirstStem;
    private readonly FrozenSet<string> keepAsWritten;
    private readonly PersonNouns? persons;

    /// <param name="entries">The list's entries.</param>
    /// <param name="stemmed">Whether the first word of an entry also meets its inflected forms.</param>
    /// <param name="keepAsWritten">Words of the text that are never read as an inflection (a group: "daklozen" is not "dakloos").</param>
    /// <param name="persons">For the target-group list: a plural person noun the entries lack still matches, as one word (round 8).</param>
    public PhraseSet(IEnumerable<string> entries, bool stemmed = false, IEnumerable<string>? keepAsWritten = null, PersonNouns? persons = null)
    {
        this.persons = persons;
        this.keepAsWritten = (keepAsWritten ?? []).ToFrozenSet(StringComparer.Ordinal);
        var exact = new Dictionary<string, List<Phrase>>(StringComparer.Ordinal);
        var wildcard = new List<Phrase>();
        foreach (var entry in entries)
        {
            var parts = Compile(entry);
            if (parts.Length == 0)
            {
                continue;
            }

            var phrase = new Phrase(entry, parts);
            if (parts[0].Kind == PatternKind.Exact)
            {
                if (!exact.TryGetValue(parts[0].Text, out var list))
                {
                    exact[parts[0].Text] = list = [];
                }

                list.Add(phrase);
            }
            else
            {
                wildcard.Add(phrase);
            }
        }

        byFirstToken = exact.ToDictionary(p => p.Key, p => p.Value.OrderByDescending(x => x.Parts.Length).ToArray(), StringComparer.Ordinal);
        wildcardFirst = [.. wildcard.OrderByDescending(x => x.Parts.Length)];
        if (stemmed)
        {
            var stems = new Dictionary<string, List<Phrase>>(StringComparer.Ordinal);
            foreach (var phrase in exact.Values.SelectMany(p => p))
            {
                foreach (var stem in DutchStems.Candidates(phrase.Parts[0].Text, entry: true))
                {
                    if (!stems.TryGetValue(stem, out var list))
                    {
                        stems[stem] = list = [];
                    }

                    list.Add(phrase);
                }
            }

            byFirstStem = stems.ToDictionary(p => p.Key, p => p.Value.OrderByDescending(x => x.Parts.Length).ToArray(), StringComparer.Ordinal);
        }
    }

    /// <summary>Length in tokens of the longest entry that starts at <paramref name="index"/>, or 0.</summary>
    public int MatchAt(ReadOnlySpan<Token> tokens, int index, out string entry)
    {
        entry = string.Empty;
        var best = 0;
        if (byFirstToken.TryGetValue(tokens[index].Text, out var candidates))
        {
            best = Longest(candidates, tokens, index, ref entry);
        }

        foreach (var phrase in wildcardFirst)
        {
            if (phrase.Parts.Length > best && Matches(phrase, tokens, index))
            {
                best = phrase.Parts.Length;
                entry = phrase.Entry;
            }
        }

        if (best == 0 && persons is not null && persons.IsPerson(tokens[index]))
        {
            entry = tokens[index].Text;
            return 1;
        }

        return best > 0 || byFirstStem is null || !tokens[index].IsWord || keepAsWritten.Contains(tokens[index].Text) ||
               IsAttributiveAdjective(tokens, index) ? best : MatchStem(tokens, index, ref entry);
    }

    // "gezonde leefstijl", "allemaal gezonde lunches": an adjective inflected before its noun ends in -e like a past
    // tense ("durfde"), so the normaliser would read "gezonde" as a form of "gezond". Before a word and after a
    // determiner or at the start, the -e is the adjective's, and the word is not an inflection of an entry.
    private static bool IsAttributiveAdjective(ReadOnlySpan<Token> tokens, int index)
    {
        var text = tokens[index].Text;
        if (text.Length < 4 || text[^1] != 'e' || "aeiouy".Contains(text[^2]) || index + 1 >= tokens.Length || !tokens[index + 1].IsWord)
        {
            return false;
        }

        return index == 0 || tokens[index - 1].Text is "de" or "het" or "een" or "geen" or "meer" or "minder" or "hun" or "zijn" or "haar"
            or "onze" or "ons" or "alle" or "allemaal" or "veel" or "weinig" or "elke" or "iedere" or "deze" or "en";
    }

    // The first word by stem, the rest as written ("stopte met" for "stoppen met").
    private int MatchStem(ReadOnlySpan<Token> tokens, int index, ref string entry)
    {
        var best = 0;
        foreach (var stem in DutchStems.Candidates(tokens[index].Text, entry: false))
        {
            if (!byFirstStem!.TryGetValue(stem, out var candidates))
            {
                continue;
            }

            foreach (var phrase in candidates)
            {
                if (phrase.Parts.Length > best && index + phrase.Parts.Length <= tokens.Length && RestMatches(phrase, tokens, index))
                {
                    best = phrase.Parts.Length;
                    entry = phrase.Entry;
                }
            }
        }

        return best;
    }

    private static bool RestMatches(Phrase phrase, ReadOnlySpan<Token> tokens, int index)
    {
        for (var k = 1; k < phrase.Parts.Length; k++)
        {
            if (!phrase.Parts[k].Matches(tokens[index + k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Non-overlapping hits, left to right, preferring the longest entry at each position.</summary>
    public List<Hit> FindAll(ReadOnlySpan<Token> tokens)
    {
        var hits = new List<Hit>();
        var i = 0;
        while (i < tokens.Length)
        {
            var length = MatchAt(tokens, i, out var entry);
            if (length > 0)
            {
                hits.Add(new Hit(i, length, entry));
                i += length;
            }
            else
            {
                i++;
            }
        }

        return hits;
    }

    private static int Longest(Phrase[] candidates, ReadOnlySpan<Token> tokens, int index, ref string entry)
    {
        foreach (var phrase in candidates)
        {
            if (Matches(phrase, tokens, index))
            {
                entry = phrase.Entry;
                return phrase.Parts.Length;
            }
        }

        return 0;
    }

    private static bool Matches(Phrase phrase, ReadOnlySpan<Token> tokens, int index)
    {
        if (index + phrase.Parts.Length > tokens.Length)
        {
            return false;
        }

        for (var k = 0; k < phrase.Parts.Length; k++)
        {
            if (!phrase.Parts[k].Matches(tokens[index + k]))
            {
                return false;
            }
        }

        return true;
    }

    private static TokenPattern[] Compile(string entry)
    {
        var parts = new List<TokenPattern>();
        foreach (var word in entry.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var prefix = word.Length > 1 && word.EndsWith('*');
            var suffix = word.Length > 1 && word.StartsWith('*');
            var core = word.Trim('*');
            var tokens = DutchTokenizer.Tokenize(core);
            for (var k = 0; k < tokens.Length; k++)
            {
                var kind = prefix && k == tokens.Length - 1 ? PatternKind.Prefix
                    : suffix && k == 0 ? PatternKind.Suffix
                    : PatternKind.Exact;
                parts.Add(new TokenPattern(tokens[k].Text, kind));
            }
        }

        return [.. parts];
    }
}
