using WorkshopBot.Domain.Items;
using WorkshopBot.Coaching.Text;

namespace WorkshopBot.Coaching.Rules;

// Round 14: three readings the score table got wrong on batch 16. Organisations that take part are the partners'
// process, not residents' output; a state that still holds after a time, or that the residents have, is theirs
// (outcome); residents in a service counted for a state they are in are counted for that state (outcome).
internal sealed partial class IndicatorRules
{
    private static readonly string[] TakingPartLists =
        [LexiconLists.ParticipationVerbs, LexiconLists.IndicatorOutputTerms, LexiconLists.OutputNouns, LexiconLists.ReceivingWords];

    private static (IndicatorType? Type, IReadOnlyList<string> Evidence)? StateOrPartners(TextAnalysis name) =>
        PartnersTakingPart(name) ?? ResidentsHoldingState(name) ?? ResidentsInServiceWithState(name);

    /// <summary>
    /// "Aantal werkgevers dat deelneemt aan Inclusief Werkgeven", "Aandeel scholen die meedoen": partner organisations
    /// counted for taking part say how the work is organised — process. Evidence: the clause.
    /// </summary>
    private static (IndicatorType? Type, IReadOnlyList<string> Evidence)? PartnersTakingPart(TextAnalysis name)
    {
        var count = CountAtStart(name);
        if (count == 0 || name.MatchAt(LexiconLists.PartnerActors, count) is var partner && partner == 0)
        {
            return null;
        }

        var clause = RelativeClause(name, count + partner);
        return clause > 0 && ClauseNames(name, clause, LexiconLists.ParticipationVerbs, LexiconLists.IndicatorOutputTerms)
            ? (IndicatorType.Proces, ["organisaties die meedoen: " + name.Surface(clause, name.Count)])
            : null;
    }

    /// <summary>
    /// "Aandeel statushouders dat na 1 jaar nog bij dezelfde werkgever werkt": a state that still holds after a time is
    /// a lasting change, not "no change". "Aandeel mantelzorgers dat voldoende tijd voor zichzelf heeft": what the
    /// residents have (time, money, room) is their own state, not the organisation's input. Null when the clause names
    /// taking part, receiving or a counted output ("dat na een jaar nog meedoet" stays output).
    /// </summary>
    private static (IndicatorType? Type, IReadOnlyList<string> Evidence)? ResidentsHoldingState(TextAnalysis name)
    {
        if (!CountsResidents(name, out var groupEnd) || name.MatchAt(LexiconLists.PartnerActors, CountAtStart(name)) > 0)
        {
            return null;
        }

        var clause = RelativeClause(name, groupEnd);
        if (clause < 0 || ClauseNames(name, clause, TakingPartLists))
        {
            return null;
        }

        var t = name.Tokens;
        var still = Array.FindIndex(t, clause, x => x.Text is "nog" or "steeds" or "altijd");
        if (still > 0 && still + 1 < t.Length)
        {
            return (IndicatorType.Outcome, ["toestand die na een tijd nog geldt: " + name.Surface(clause, t.Length)]);
        }

        var has = t[^1].Text is "heeft" or "hebben";
        var resource = name.Hits(LexiconLists.PreconditionTerms).Concat(name.Hits(LexiconLists.IndicatorInputTerms)).Any(h => h.Start > clause);
        return has && resource ? (IndicatorType.Outcome, ["wat de inwoners zelf hebben: " + name.Surface(clause, t.Length)]) : null;
    }

    /// <summary>
    /// "Aantal jongeren in de schuldhulp met een stabiele situatie": the service says where the residents are, the
    /// state after "met" is what is counted — outcome. Evidence: the state.
    /// </summary>
    private static (IndicatorType? Type, IReadOnlyList<string> Evidence)? ResidentsInServiceWithState(TextAnalysis name)
    {
        if (!CountsResidents(name, out var groupEnd) || groupEnd >= name.Count || name.Tokens[groupEnd].Text != "in")
        {
            return null;
        }

        var with = Array.FindIndex(name.Tokens, groupEnd, x => x.Text == "met");
        var state = with < 0 ? default : name.Hits(LexiconLists.IndicatorOutcomeTerms).Concat(name.Hits(LexiconLists.OutcomeTerms))
            .FirstOrDefault(h => h.Start > with && h.Start <= with + 3 && !name.IsNameOrTopic(h.Start));
        return state.Length > 0 ? (IndicatorType.Outcome, ["situatie: " + name.Surface(with, name.Count)]) : null;
    }

    // The index of "dat"/"die" opening a relative clause within six words after the group, or -1.
    private static int RelativeClause(TextAnalysis name, int from)
    {
        for (var k = from; k < name.Count && k < from + 6; k++)
        {
            if (name.Tokens[k].Text is "dat" or "die")
            {
                return k + 1 < name.Count ? k : -1;
            }
        }

        return -1;
    }

    private static bool ClauseNames(TextAnalysis name, int clause, params string[] lists) =>
        lists.Any(list => name.Hits(list).Exists(h => h.End > clause && !name.IsHit(LexiconLists.TargetGroups, h.Start)));
}
