using System.Collections.Frozen;

namespace WorkshopBot.Coaching.Text;

/// <summary>
/// Recognises a Dutch plural person noun by its ending (round 8), so that a resident group the lexicon does not list
/// still counts as a target group: agent and person endings (<c>-ers</c>, <c>-aars</c>, <c>-isten</c>, <c>-anten</c>,
/// <c>-enten</c>, <c>-lingen</c>, <c>-genoten</c>) and person heads of compounds (<c>-bewoners</c>, <c>-gezinnen</c>,
/// <c>-ouders</c>, <c>-kinderen</c>, <c>-meiden</c>, <c>-vrouwen</c>, …), all from <c>personNounEndings</c>.
/// <c>notPersonNouns</c> excludes things that share an ending ("cijfers", "lijsten", "momenten", "regelingen") and
/// professionals and organisations, who are never the residents a result is for ("medewerkers", "*werkers",
/// "aanbieders", "werkgevers"); an entry there with a leading '*' excludes every word ending in it.
/// </summary>
internal sealed class PersonNouns
{
    // The stem before the ending must be at least this long, so short words that merely end alike ("ers", "paars") stay out.
    private const int MinimumStem = 3;

    // An ending that is itself a word of this length or more is a person noun on its own ("meiden", "jongens").
    private const int MinimumHead = 6;

    private readonly string[] endings;
    private readonly FrozenSet<string> excludedWords;
    private readonly string[] excludedEndings;

    public PersonNouns(IEnumerable<string> endings, IEnumerable<string> notPersons)
    {
        this.endings = [.. endings.Select(Fold).Where(e => e.Length > 0)];
        var excluded = notPersons.ToList();
        excludedWords = excluded.Where(e => !e.StartsWith('*')).Select(Fold).ToFrozenSet(StringComparer.Ordinal);
        excludedEndings = [.. excluded.Where(e => e.StartsWith('*')).Select(e => Fold(e.TrimStart('*')))];
    }

    public bool IsPerson(in Token token)
    {
        if (!token.IsWord || excludedWords.Contains(token.Text))
        {
            return false;
        }

        var text = token.Text;
        foreach (var ending in excludedEndings)
        {
            if (text.EndsWith(ending, StringComparison.Ordinal))
            {
                return false;
            }
        }

        foreach (var ending in endings)
        {
            // A person head stands on its own as well ("meiden"); a bare agent ending ("ers") never does.
            if (text == ending && ending.Length >= MinimumHead)
            {
                return true;
            }

            if (text.Length >= ending.Length + MinimumStem && text.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string Fold(string word)
    {
        var tokens = DutchTokenizer.Tokenize(word);
        return tokens.Length == 1 ? tokens[0].Text : string.Empty;
    }
}
