using System.Collections.Frozen;

namespace WorkshopBot.Coaching.Text;

internal sealed class CompiledLexicon
{
    private readonly FrozenDictionary<string, PhraseSet> sets;

    public CompiledLexicon(CoachLexicon lexicon)
    {
        // A word the lexicon knows as a group says who, never what changes: "daklozen" is not an inflection of "dakloos".
        var groups = lexicon.Entries(LexiconLists.TargetGroups).Where(e => !e.Contains('*') && !e.Contains(' '))
            .SelectMany(e => DutchTokenizer.Tokenize(e)).Select(t => t.Text).ToArray();
        var persons = new PersonNouns(lexicon.Entries(LexiconLists.PersonNounEndings), lexicon.Entries(LexiconLists.NotPersonNouns));
        sets = LexiconLists.All.ToFrozenDictionary(
            name => name,
            name => LexiconLists.Stemmed.Contains(name) ? new PhraseSet(lexicon.Entries(name), stemmed: true, keepAsWritten: groups, persons: null)
                : name == LexiconLists.TargetGroups ? new PhraseSet(lexicon.Entries(name), persons: persons)
                : new PhraseSet(lexicon.Entries(name)),
            StringComparer.Ordinal);
    }

    public PhraseSet this[string listName] => sets[listName];
}
