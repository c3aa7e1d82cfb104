namespace WorkshopBot.Coaching.Text;

/// <summary>
/// A small suffix normaliser for Dutch verb and plural forms (round 7), so that one lexicon entry covers its
/// inflections: <c>roken/rookt/gerookt</c>, <c>slagen/slaagt/geslaagd</c>, <c>nieuwkomer/nieuwkomers</c>,
/// <c>blijven/blijft</c>, <c>lezen/leest</c>, <c>durven/durfde</c>. It is not a full stemmer: it returns a few
/// candidate stems for a folded word (with and without a final <c>t</c>/<c>d</c>, because "weet" and "rookt" look
/// alike), and two forms match when their candidates share one. Rules, in order: drop a participle's
/// <c>ge</c>-prefix (only when a <c>t</c>/<c>d</c> ends the word); drop <c>-en</c>, <c>-s</c>, <c>-te(n)</c>,
/// <c>-de(n)</c>, <c>-t</c> or <c>-d</c>; then undouble a final consonant (<c>redd</c> → <c>red</c>), turn a final
/// <c>v</c>/<c>z</c> into <c>f</c>/<c>s</c> and write a long vowel before one final consonant single
/// (<c>rook</c> → <c>rok</c>, so it equals <c>rok-en</c>). Words shorter than four letters are left alone.
/// Chosen over the Snowball Dutch stemmer in Lucene.Net.Analysis.Common (a beta package with its own runtime
/// dependencies) to keep the coach free of dependencies; it only has to make lexicon entries meet their own forms.
/// </summary>
internal static class DutchStems
{
    private const int MinimumWord = 4;
    private const int MinimumStem = 3;

    private static readonly string[] SeparableParticles = ["door", "terug", "uit", "over", "af", "aan", "op", "in", "mee", "toe", "weg", "bij"];

    // Words that look like inflections of an unrelated entry: nouns ("buurt" like "buren", "maand" like "mannen") and
    // "werken" of organisations ("partners werken samen"), which would otherwise meet the outcome "werk".
    private static readonly HashSet<string> NotInflected = new(StringComparer.Ordinal)
    {
        "buurt", "buurten", "maand", "maanden", "werkt", "werken", "gewerkt",
    };

    /// <summary>
    /// Candidate stems of a folded word. A lexicon entry (<paramref name="entry"/> true) is a dictionary form, so
    /// its own bare form counts and no past plural (<c>-ten/-den</c>) is read off it ("contacten" stays "contact").
    /// A word of the text counts only through an ending or prefix it drops: an uninflected word of the text
    /// ("steun", "contact") meets an entry only when it is spelled the same, which the exact lookup already does.
    /// </summary>
    public static IReadOnlyList<string> Candidates(string word, bool entry)
    {
        var stems = new List<string>(4);
        if (word.Length < MinimumWord || !IsLetters(word) || (!entry && NotInflected.Contains(word)))
        {
            return stems;
        }

        Add(stems, word, word, entry);
        if (word.StartsWith("ge", StringComparison.Ordinal) && word.Length > 5 && word[^1] is 't' or 'd')
        {
            Add(stems, word[2..], word, entry);
        }

        // Round 11: the participle of a separable verb has its ge after the particle: "doorgestroomd" (doorstromen),
        // "teruggekeerd" (terugkeren), "uitgestroomd" (uitstromen).
        if (!entry && word[^1] is 't' or 'd')
        {
            foreach (var particle in SeparableParticles)
            {
                if (word.Length > particle.Length + 5 && word.StartsWith(particle, StringComparison.Ordinal) &&
                    string.CompareOrdinal(word, particle.Length, "ge", 0, 2) == 0)
                {
                    Add(stems, particle + word[(particle.Length + 2)..], word, entry);
                    break;
                }
            }
        }

        return stems;
    }

    private static void Add(List<string> stems, string word, string original, bool entry)
    {
        foreach (var bare in Bare(word, entry))
        {
            if (bare.Length >= MinimumStem && (entry || bare != original))
            {
                var stem = Normalise(bare);
                if (!stems.Contains(stem))
                {
                    stems.Add(stem);
                }
            }
        }
    }

    // The word without an inflectional ending; more than one when the ending is ambiguous ("weet": the t is the stem's).
    private static IEnumerable<string> Bare(string word, bool entry)
    {
        if (!entry && (word.EndsWith("ten", StringComparison.Ordinal) || word.EndsWith("den", StringComparison.Ordinal)))
        {
            yield return word[..^3];
        }

        if (word.EndsWith("en", StringComparison.Ordinal))
        {
            yield return word[..^2];
            yield break;
        }

        if (word.EndsWith("te", StringComparison.Ordinal) || word.EndsWith("de", StringComparison.Ordinal))
        {
            yield return word[..^2];
        }

        // Round 11: the attributive -e of an adjective in the text ("dakloze" → "dakloos", "schuldenvrije").
        if (!entry && word.Length > 5 && word[^1] == 'e' && !IsVowel(word[^2]))
        {
            yield return word[..^1];
        }

        if (word[^1] is 's' && !word.EndsWith("ss", StringComparison.Ordinal))
        {
            yield return word[..^1];
        }

        if (word[^1] is 't' or 'd')
        {
            yield return word[..^1];
        }

        yield return word;
    }

    private static string Normalise(string stem)
    {
        var chars = stem.ToCharArray();
        var length = chars.Length;
        if (length >= 2 && chars[length - 1] == chars[length - 2] && !IsVowel(chars[length - 1]))
        {
            length--;
        }

        if (chars[length - 1] == 'v')
        {
            chars[length - 1] = 'f';
        }
        else if (chars[length - 1] == 'z')
        {
            chars[length - 1] = 's';
        }

        // "rook" → "rok", "slaag" → "slag", "lees" → "les": a long vowel before one final consonant is written single.
        if (length >= 4 && !IsVowel(chars[length - 1]) && chars[length - 2] == chars[length - 3] && chars[length - 2] is 'a' or 'e' or 'o' or 'u' &&
            !IsVowel(chars[length - 4]))
        {
            return string.Concat(chars.AsSpan(0, length - 2), chars.AsSpan(length - 1, 1));
        }

        return new string(chars, 0, length);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static bool IsLetters(string word)
    {
        foreach (var c in word)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }
}
