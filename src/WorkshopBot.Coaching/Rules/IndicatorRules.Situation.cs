using WorkshopBot.Coaching.Text;
using WorkshopBot.Domain.Items;

namespace WorkshopBot.Coaching.Rules;

// Round 11: counted residents in a situation named without a verb, residents referred in the passive, money that is the
// residents' own, and partners who rate how they work together.
internal sealed partial class IndicatorRules
{
    /// <summary>
    /// "Aantal huishoudens met een betalingsachterstand", "Percentage jongeren in de bijstand", "Aantal schoolverlaters
    /// zonder startkwalificatie", "… onder de lage-inkomensgrens": counted residents with a situation after
    /// <c>met/zonder/in/onder/boven</c> and no verb are residents in that situation — outcome. Not when the phrase names a
    /// service, a helper, a product or an output class ("met een taalmaatje", "met een Gelrepas", "in de dagbesteding"):
    /// what they get is output. Evidence: the situation.
    /// </summary>
    private static string? ResidentsInSituation(TextAnalysis name, int groupEnd)
    {
        var t = name.Tokens;
        if (t.Skip(groupEnd).Any(x => x.Text is "dat" or "die" or "wordt" or "worden" or "werd" or "werden"))
        {
            return null;
        }

        // Past an age range of the group: "jongeren tussen 18 en 27 jaar in de bijstand".
        var k = groupEnd;
        while (k < t.Length && k < groupEnd + 6 && t[k].Text is not ("met" or "zonder" or "in" or "onder" or "boven"))
        {
            k++;
        }

        if (k + 1 >= t.Length || t[k].Text is not ("met" or "zonder" or "in" or "onder" or "boven") || NamesIndicatorOutputClass(name, k) ||
            name.Hits(LexiconLists.IndicatorProcessTerms).Concat(name.Hits(LexiconLists.ProcessTerms)).Any(h => h.Start > k) ||
            Enumerable.Range(k + 1, t.Length - k - 1).Any(j => IsProperName(name, j)))
        {
            return null;
        }

        return name.Surface(k, t.Length);
    }

    // "Gelrepas", "Kledingbank": a capitalised word names a service or product; an abbreviation in capitals ("SEH-bezoek") does not.
    private static bool IsProperName(TextAnalysis name, int j)
    {
        var token = name.Tokens[j];
        if (!token.IsWord || !char.IsUpper(name.Text[token.Start]))
        {
            return false;
        }

        var surface = name.Text.AsSpan(token.Start, Math.Min(3, token.End - token.Start));
        return !(surface.Length >= 2 && char.IsUpper(surface[1]));
    }

    /// <summary>
    /// "Aantal dakloze inwoners", "Aantal eenzame ouderen bij de straattelling": the counted group itself carries the
    /// outcome word and nothing after it names an output class, so the count is of residents in that situation.
    /// </summary>
    private static string? GroupInSituation(TextAnalysis name, int groupEnd)
    {
        var group = name.Hits(LexiconLists.TargetGroups).Where(g => g.End == groupEnd).Select(g => (Hit?)g).FirstOrDefault();
        if (group is not { } g || groupEnd < name.Count && NamesIndicatorOutputClass(name, groupEnd))
        {
            return null;
        }

        // The outcome word is part of the group or an adjective right before it ("dakloze inwoners").
        var word = name.Hits(LexiconLists.OutcomeTerms).Concat(name.Hits(LexiconLists.IndicatorOutcomeTerms)).Any(h => h.Start >= g.Start - 1 && h.End <= g.End);
        return word ? name.Surface(g) : null;
    }

    /// <summary>
    /// "Percentage kinderen dat wordt doorverwezen naar de jeugd-GGZ": residents counted for what is done to them (the
    /// passive) with no change and no deadline are referred, reached or helped — output, even when the participle is a
    /// process word.
    /// </summary>
    private static string? ResidentsUndergoing(TextAnalysis name, int groupEnd)
    {
        var t = name.Tokens;
        var clause = Array.FindIndex(t, groupEnd, x => x.Text is "dat" or "die");
        if (clause < 0 || clause > groupEnd + 6 || !t.Skip(clause).Any(x => x.Text is "wordt" or "worden" or "werd" or "werden") ||
            HasChangeWords(name, clause) || TimelinessHits(name).Any())
        {
            return null;
        }

        return name.Surface(clause, t.Length);
    }

    /// <summary>
    /// "Gemiddeld bedrag in euro's dat huishoudens per maand sparen": an amount that residents save, have or owe is
    /// their situation (outcome), not the organisation's budget; what they receive is output. Evidence: the clause.
    /// </summary>
    private static (IndicatorType? Type, IReadOnlyList<string> Evidence)? ResidentsMoney(TextAnalysis name)
    {
        var t = name.Tokens;
        var money = name.Hits(LexiconLists.IndicatorInputTerms).Find(h => t[h.Start].Text.EndsWith("bedrag", StringComparison.Ordinal) || t[h.Start].Text.StartsWith("euro", StringComparison.Ordinal));
        if (money.Length == 0)
        {
            return null;
        }

        var clause = Array.FindIndex(t, money.End, x => x.Text is "dat" or "die");
        if (clause < 0 || clause > money.End + 4 || !Enumerable.Range(clause + 1, Math.Min(3, t.Length - clause - 1)).Any(k => name.IsHit(LexiconLists.TargetGroups, k)))
        {
            return null;
        }

        var evidence = "geld van inwoners: " + name.Surface(clause, t.Length);
        return NamesIndicatorOutputClass(name, clause + 1) || name.Hits(LexiconLists.ReceivingWords).Exists(h => h.Start > clause)
            ? (IndicatorType.Output, [evidence])
            : (IndicatorType.Outcome, [evidence]);
    }

    /// <summary>
    /// "Rapportcijfer van partners voor de samenwerking", "Gemiddelde waardering van netwerkpartners": a mark given by
    /// partners or professionals says how the organisations work together — process, not residents' satisfaction.
    /// </summary>
    private static (IndicatorType? Type, IReadOnlyList<string> Evidence)? PartnersRating(TextAnalysis name)
    {
        var t = name.Tokens;
        foreach (var rating in name.Hits(LexiconLists.RatingTerms))
        {
            var k = rating.End;
            if (k + 1 < t.Length && t[k].Text is "van" or "door")
            {
                var who = t[k + 1].Text is "de" or "het" && k + 2 < t.Length ? k + 2 : k + 1;
                if (name.MatchAt(LexiconLists.PartnerActors, who) > 0 || name.MatchAt(LexiconLists.ProcessActors, who) > 0 ||
                    name.MatchAt(LexiconLists.Organisations, who) > 0 || t[who].Text.EndsWith("partners", StringComparison.Ordinal))
                {
                    return (IndicatorType.Proces, ["oordeel van partners: " + name.Surface(rating.Start, who + 1)]);
                }
            }
        }

        return null;
    }
}
