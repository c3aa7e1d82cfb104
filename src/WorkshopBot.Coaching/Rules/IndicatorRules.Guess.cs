using WorkshopBot.Coaching.Text;
using WorkshopBot.Domain.Items;

namespace WorkshopBot.Coaching.Rules;

// The best guess for an unfamiliar compound (moved out of IndicatorRules.cs in round 11 for file size, unchanged), and
// the topic of a meeting or activity.
internal sealed partial class IndicatorRules
{
    // "Schuldenproblematiek": no list knows the word, but one of its parts ("schulden") is known. Each part is
    // looked up as a word of its own, longest first; the type of the first hit is the guess.
    private static (IndicatorType Type, string Evidence)? CompoundGuess(TextAnalysis name)
    {
        (string List, IndicatorType Type)[] lists =
        [
            (LexiconLists.IndicatorOutcomeTerms, IndicatorType.Outcome), (LexiconLists.OutcomeTerms, IndicatorType.Outcome),
            (LexiconLists.IndicatorOutputTerms, IndicatorType.Output), (LexiconLists.OutputNouns, IndicatorType.Output),
            (LexiconLists.IndicatorProcessTerms, IndicatorType.Proces), (LexiconLists.ProcessTerms, IndicatorType.Proces),
            (LexiconLists.IndicatorInputTerms, IndicatorType.Input), (LexiconLists.PreconditionTerms, IndicatorType.Input),
        ];
        foreach (var token in name.Tokens)
        {
            if (!token.IsWord || token.Text.Length < 8)
            {
                continue;
            }

            for (var length = token.Text.Length - 3; length >= 4; length--)
            {
                foreach (var part in new[] { token.Text[..length], token.Text[^length..] })
                {
                    // Round 10: "jongerenwerk", "ouderenwerk", "opbouwwerk" name a service, not work as an outcome.
                    if (part == "werk" && token.Text.EndsWith("werk", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    Token[] probe = [token with { Text = part }];
                    foreach (var (list, type) in lists)
                    {
                        if (name.Lexicon[list].MatchAt(probe, 0, out _) == 1)
                        {
                            return (type, $"beste gok: ‘{part}’ in ‘{name.Text[token.Start..token.End]}’");
                        }
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Round 11: "Aantal MDO's over jongeren met schulden", "Aantal gesprekken over geldzorgen met ouders": an outcome
    /// word after a meeting or activity noun and "over" is what the meeting is about, however many words lie between,
    /// until a relative clause starts.
    /// </summary>
    private static bool IsMeetingTopic(TextAnalysis text, int index)
    {
        var t = text.Tokens;
        for (var k = index - 1; k >= 1 && k >= index - 5; k--)
        {
            if (t[k].Text is "dat" or "die" || t[k].IsPunctuation)
            {
                return false;
            }

            if (t[k].Text == "over")
            {
                return new[] { LexiconLists.IndicatorProcessTerms, LexiconLists.ProcessTerms, LexiconLists.OutputNouns, LexiconLists.IndicatorOutputTerms }
                    .Any(list => text.Hits(list).Exists(h => h.End == k));
            }
        }

        return false;
    }
}
