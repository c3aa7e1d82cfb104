namespace WorkshopBot.Coaching.Text;

/// <summary>
/// One piece of text, tokenized, with lexicon hits computed on demand and cached per list. Not thread-safe;
/// the coach makes one per call.
/// </summary>
internal sealed class TextAnalysis
{
    private readonly CompiledLexicon lexicon;
    private readonly Dictionary<string, List<Hit>> cache = new(StringComparer.Ordinal);

    public TextAnalysis(string text, CompiledLexicon lexicon)
    {
        Text = text;
        this.lexicon = lexicon;
        Tokens = DutchTokenizer.Tokenize(text);
    }

    public string Text { get; }

    public CompiledLexicon Lexicon => lexicon;

    public Token[] Tokens { get; }

    public int Count => Tokens.Length;

    public List<Hit> Hits(string listName)
    {
        if (!cache.TryGetValue(listName, out var hits))
        {
            hits = lexicon[listName].FindAll(Tokens);
            cache[listName] = hits;
        }

        return hits;
    }

    public int MatchAt(string listName, int index) =>
        index >= 0 && index < Tokens.Length ? lexicon[listName].MatchAt(Tokens, index, out _) : 0;

    public bool IsHit(string listName, int index)
    {
        foreach (var hit in Hits(listName))
        {
            if (hit.Contains(index))
            {
                return true;
            }
        }

        return false;
    }

    public string Surface(int start, int end)
    {
        if (start >= end || start < 0 || end > Tokens.Length)
        {
            return string.Empty;
        }

        return Text[Tokens[start].Start..Tokens[end - 1].End];
    }

    public string Surface(in Hit hit) => Surface(hit.Start, hit.End);

    /// <summary>
    /// The word at <paramref name="index"/> belongs to a name or a topic, not to what changes: capitalised inside
    /// the sentence ("de cursus Omgaan met Eenzaamheid", "het programma Gezond Opgroeien") or the subject of an
    /// activity ("een training over eenzaamheid", "ouderavonden over opvoeden").
    /// </summary>
    public bool IsNameOrTopic(int index)
    {
        var t = Tokens;
        if (index > 0 && char.IsUpper(Text[t[index].Start]) && !(t[index - 1].IsPunctuation && t[index - 1].Text is "." or "!" or "?" or ":" or "-"))
        {
            return true;
        }

        var k = index - 1;
        if (k >= 0 && t[k].Text is "de" or "het")
        {
            k--;
        }

        // "een training over eenzaamheid", "getraind over eenzaamheid", "jongeren gesproken over werk": the topic.
        return k >= 1 && t[k].Text == "over" && (Hits(LexiconLists.OutputNouns).Exists(n => n.End == k || n.End == k - 1) ||
            t[k - 1].Text is "getraind" or "geschoold" or "opgeleid" or "gesproken" or "voorgelicht" or "geinformeerd" || IsActivityNoun(t[k - 1].Text));
    }

    // Round 10: "voorlichtingslessen over vapen", "een themaavond over rouw": compounds ending in an activity noun.
    public static bool IsActivityNoun(string word)
    {
        foreach (var ending in ActivityEndings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] ActivityEndings =
    [
        "les", "lessen", "training", "trainingen", "cursus", "cursussen", "voorlichting", "bijeenkomst", "bijeenkomsten", "avond", "avonden",
        "campagne", "workshop", "workshops", "gesprek", "gesprekken", "webinar", "webinars", "folder", "folders",
    ];

    public string TextAt(int index) => index >= 0 && index < Tokens.Length ? Tokens[index].Text : string.Empty;
}
