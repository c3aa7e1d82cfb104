using WorkshopBot.Domain.Items;
using WorkshopBot.Coaching.Text;

namespace WorkshopBot.Coaching.Rules;

// Round 10: the round-9 share rule for results, applied to indicators; reports of a social problem count the problem;
// trained volunteers and professionals are a resource.
internal sealed partial class IndicatorRules
{
    private static readonly string[] IndicatorOutputClassLists =
    [
        LexiconLists.ParticipationVerbs, LexiconLists.DeliveryVerbs, LexiconLists.OutputVerbs, LexiconLists.ReceivingWords,
        LexiconLists.OutputPhrases, LexiconLists.OutputNouns, LexiconLists.IndicatorOutputTerms,
    ];

    /// <summary>
    /// "Percentage alleenstaande ouders dat minstens 24 uur per week werkt", "Aandeel jongeren dat de afgelopen maand
    /// heeft gevapet": counted residents with a relative clause (<c>dat</c>/<c>die</c>) that does not name taking part,
    /// using, receiving, being reached or registered, a service or a professional, say what the residents do — a
    /// behaviour, so outcome. The evidence is the clause. Null when the clause names an output class (then the round-5
    /// reading, output, stays) or when there is no relative clause.
    /// </summary>
    private static string? ResidentsDoing(TextAnalysis name, int groupEnd)
    {
        var t = name.Tokens;
        var clause = groupEnd;
        // Past a qualifier of the group: "Aantal inwoners met schulden dat …", "jongeren tussen 12 en 18 jaar die …".
        while (clause < t.Length && clause < groupEnd + 6 && t[clause].Text is not ("dat" or "die"))
        {
            clause++;
        }

        if (clause >= t.Length || t[clause].Text is not ("dat" or "die") || clause + 1 >= t.Length || NamesIndicatorOutputClass(name, clause + 1))
        {
            return null;
        }

        return name.Surface(clause, t.Length);
    }

    /// <summary>
    /// "Aantal inwoners met schulden dat een traject bij de schuldhulp heeft doorlopen": the relative clause names
    /// taking part, whatever outcome word sits in the group's qualifier. Evidence: the clause.
    /// </summary>
    private static string? ResidentsTakingPart(TextAnalysis name, int groupEnd)
    {
        var t = name.Tokens;
        var clause = Array.FindIndex(t, groupEnd, x => x.Text is "dat" or "die");
        return clause > 0 && clause + 1 < t.Length && NamesIndicatorOutputClass(name, clause + 1) &&
            !name.Hits(LexiconLists.OutcomeTerms).Concat(name.Hits(LexiconLists.IndicatorOutcomeTerms)).Concat(name.Hits(LexiconLists.ChangePredicates))
                .Any(h => h.Start > clause && !name.IsNameOrTopic(h.Start))
            ? name.Surface(clause, t.Length)
            : null;
    }

    private static bool NamesIndicatorOutputClass(TextAnalysis name, int from)
    {
        var t = name.Tokens;
        if (IndicatorOutputClassLists.Any(list => name.Hits(list).Exists(h => h.Start >= from && !name.IsHit(LexiconLists.TargetGroups, h.Start))))
        {
            return true;
        }

        for (var k = from; k < t.Length; k++)
        {
            var w = t[k].Text;
            // A service, a professional or a list they are on: "bij de schuldhulp", "op de wachtlijst", "ingeschreven".
            if (ServiceWords.At(name, k) || w.StartsWith("ingeschreven", StringComparison.Ordinal) || w is "wordt" or "worden" or "werd" or "werden" ||
                // "ophaalt bij de Buurtmoestuin", "naar het Repair Café": a named place or service they go to.
                (w is "bij" or "naar" && NamedPlaceAt(name, k + 1)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamedPlaceAt(TextAnalysis name, int k)
    {
        var t = name.Tokens;
        k += k < t.Length && t[k].Text is "de" or "het" or "een" ? 1 : 0;
        return k < t.Length && t[k].IsWord && char.IsUpper(name.Text[t[k].Start]);
    }

    private static readonly HashSet<string> ReportNouns = new(StringComparer.Ordinal)
    {
        "meldingen", "melding", "aangiften", "aangiftes", "aangifte", "signalen", "incidenten", "registraties", "klachten",
    };

    /// <summary>
    /// "Aantal meldingen van huiselijk geweld", "aangiften van woninginbraak": reports of a social problem count the
    /// problem, so the outcome word after the report noun decides. Evidence: the report and the problem.
    /// </summary>
    private static (IndicatorType? Type, IReadOnlyList<string> Evidence)? ReportedProblem(TextAnalysis name)
    {
        var t = name.Tokens;
        // Round 12: "Percentage signalen van huurachterstand dat binnen vijf werkdagen tot een huisbezoek leidt": a share
        // handled within a deadline measures timeliness (process), not the problem reported.
        // Round 15: only a deadline inside a clause about the handling; "herhaalde meldingen … binnen 12 maanden" is a window.
        var clause = Array.FindIndex(t, x => x.Text is "dat" or "die" or "waarbij" or "waarvan");
        if (clause >= 0 && TimelinessHits(name).Any(h => h.Start > clause))
        {
            return null;
        }

        for (var k = 0; k + 1 < t.Length; k++)
        {
            // Round 15: also with the problem right after the report noun ("meldingen ouderenmishandeling").
            var preposition = t[k + 1].Text is "van" or "over" or "wegens" or "door";
            if (!ReportNouns.Contains(t[k].Text))
            {
                continue;
            }

            var problem = name.Hits(LexiconLists.IndicatorOutcomeTerms).Concat(name.Hits(LexiconLists.OutcomeTerms))
                .Where(h => preposition ? h.Start > k + 1 && h.Start <= k + 4 : h.Start == k + 1).Select(h => (Hit?)h).FirstOrDefault();
            if (problem is { } p)
            {
                return (IndicatorType.Outcome, [name.Surface(k, p.End)]);
            }
        }

        // Round 12: "overlastmeldingen", "geweldsincidenten": a report noun compounded with the problem reported.
        foreach (var token in t)
        {
            var report = ReportNouns.FirstOrDefault(r => token.Text.Length > r.Length + 3 && token.Text.EndsWith(r, StringComparison.Ordinal));
            if (report is null)
            {
                continue;
            }

            var part = token.Text[..^report.Length];
            part = part.EndsWith('s') && part.Length > 4 ? part[..^1] : part;
            Token[] probe = [token with { Text = part }];
            if (new[] { LexiconLists.OutcomeTerms, LexiconLists.IndicatorOutcomeTerms }.Any(list => name.Lexicon[list].MatchAt(probe, 0, out _) == 1))
            {
                return (IndicatorType.Outcome, [$"{part} in {name.Text[token.Start..token.End]}"]);
            }
        }

        return null;
    }

    /// <summary>
    /// "Aantal taalmaatjes met een afgeronde basistraining", "aantal vrijwilligers dat de cursus heeft gevolgd":
    /// volunteers or professionals counted for the training they had are a resource the organisation builds (input).
    /// </summary>
    private static (IndicatorType? Type, IReadOnlyList<string> Evidence)? TrainedHelpers(TextAnalysis name)
    {
        var t = name.Tokens;
        var count = name.Hits(LexiconLists.CountWords).Find(h => h.Start == 0);
        if (count.Length == 0 || count.End >= t.Length)
        {
            return null;
        }

        var helper = count.End;
        var w = t[helper].Text;
        if (!(name.MatchAt(LexiconLists.ProcessActors, helper) > 0 || w.EndsWith("maatjes", StringComparison.Ordinal) || w.EndsWith("vrijwilligers", StringComparison.Ordinal) ||
              w.EndsWith("buddys", StringComparison.Ordinal) || w.EndsWith("coaches", StringComparison.Ordinal)))
        {
            return null;
        }

        var training = Array.FindIndex(t, helper + 1, x => TrainingWords.NamesTraining(x.Text) || x.Text.Contains("opleiding", StringComparison.Ordinal) ||
            TrainingWords.IsTrainedParticiple(x.Text));
        return training > 0 ? (IndicatorType.Input, ["getrainde inzet: " + name.Surface(helper, training + 1)]) : null;
    }

    /// <summary>
    /// "Aantal ouders in contact met een jeugdverpleegkundige": contact with a professional or service is use (output);
    /// contact with family, neighbours or peers stays a change ("contact met buren").
    /// </summary>
    private static (IndicatorType? Type, IReadOnlyList<string> Evidence)? ContactWithService(TextAnalysis name)
    {
        var t = name.Tokens;
        // Round 11: "Aantal dagen tot het eerste contact met het wijkteam" measures how fast (process), not use.
        if (TimelinessHits(name).Any())
        {
            return null;
        }

        for (var k = 0; k + 2 < t.Length; k++)
        {
            if (t[k].Text is not ("contact" or "contacten") || t[k + 1].Text != "met")
            {
                continue;
            }

            var n = t[k + 2].Text is "de" or "het" or "een" && k + 3 < t.Length ? k + 3 : k + 2;
            if (ServiceWords.At(name, n))
            {
                return (IndicatorType.Output, ["gebruik: " + name.Surface(k, n + 1)]);
            }
        }

        return null;
    }
}
