using WorkshopBot.Coaching.Text;

namespace WorkshopBot.Coaching.Rules;

// Round 11: "is this a service or a professional?" — asked by the share rule for results ("bij de budgetcoach"), the
// indicator share rule ("dat naar het spreekuur gaat") and contact with a service ("in contact met een
// jeugdverpleegkundige"). Until round 10 each spelled out its own endings in code and the three sets differed; now they
// read one lexicon list (serviceWords) next to the process actors and organisations, so a group can extend it.
internal static class ServiceWords
{
    public static bool At(TextAnalysis text, int index) =>
        text.MatchAt(LexiconLists.ServiceWords, index) > 0 || text.MatchAt(LexiconLists.ProcessActors, index) > 0 ||
        text.MatchAt(LexiconLists.Organisations, index) > 0;
}
