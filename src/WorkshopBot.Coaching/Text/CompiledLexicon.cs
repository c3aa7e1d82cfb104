using System.Collections.Frozen;

namespace WorkshopBot.Coaching.Text;

internal sealed class CompiledLexicon
{
    private readonly FrozenDictionary<string, PhraseSet> sets;

    public CompiledLexicon(CoachLexicon lexicon)
    {
        sets = LexiconLists.All.ToFrozenDictionary(name => name, name => new PhraseSet(lexicon.Entries(name)), StringComparer.Ordinal);
    }

    public PhraseSet this[string listName] => sets[listName];
}
