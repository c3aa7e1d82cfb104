using WorkshopBot.Coaching.Text;

namespace WorkshopBot.Coaching.Rules;

// Where the indicator should go: baseline, target, whether the group needs to know it, and the suggested rewrite.
internal sealed partial class IndicatorRules
{
    private static CriterionVerdict Baseline(IndicatorDraft d, TextAnalysis definition, bool story)
    {
        if (Verdicts.Filled(d.Baseline))
        {
            return Verdicts.Passed(CriterionIds.Baseline, $"Nul-meting: ‘{d.Baseline!.Trim()}’.", $"Baseline: ‘{d.Baseline!.Trim()}’.", [$"nul-meting: {d.Baseline!.Trim()}"]);
        }

        if (story)
        {
            return Verdicts.NotApplicable(CriterionIds.Baseline,
                "Bij vertellen is geen nul-meting nodig.",
                "A story indicator needs no baseline.");
        }

        var words = definition.Hits(LexiconLists.BaselineTerms).Select(h => definition.Surface(h)).ToList();
        var numbers = NumberFacts.Analyze(definition);
        if (numbers.FromTo.Count == 2)
        {
            words.Add(definition.Surface(numbers.FromTo[0].Start, numbers.FromTo[0].End));
        }

        if (words.Count > 0)
        {
            return Verdicts.Passed(CriterionIds.Baseline, $"Nul-meting genoemd: {Verdicts.Quote(words)}.", $"Baseline named: {Verdicts.Quote(words)}.", words);
        }

        return Verdicts.Failed(CriterionIds.Baseline,
            "Wat is de nul-meting: waar staan we nu? Zonder vertrekpunt zie je niet of het beter gaat.",
            "What is the baseline: where are we now? Without a starting point you cannot see whether things improve.",
            []);
    }

    private static CriterionVerdict Target(IndicatorDraft d, TextAnalysis definition, bool story)
    {
        if (Verdicts.Filled(d.Target))
        {
            var direction = Verdicts.Filled(d.Direction) ? $" ({d.Direction!.Trim()})" : string.Empty;
            return Verdicts.Passed(CriterionIds.Target, $"Streefwaarde: ‘{d.Target!.Trim()}’{direction}.", $"Target: ‘{d.Target!.Trim()}’{direction}.", [$"streefwaarde: {d.Target!.Trim()}"]);
        }

        if (story)
        {
            return Verdicts.NotApplicable(CriterionIds.Target,
                "Bij vertellen is geen streefwaarde nodig; spreek wel af wat je met de verhalen doet.",
                "A story indicator needs no target value; do agree what you will do with the stories.");
        }

        var words = definition.Hits(LexiconLists.TargetTerms).Select(h => definition.Surface(h)).ToList();
        var numbers = NumberFacts.Analyze(definition);
        if (numbers.FromTo.Count == 2)
        {
            words.Add(definition.Surface(numbers.FromTo[1].Start, numbers.FromTo[1].End));
        }

        // "minimaal 60%", "maximaal 10 werkdagen" is a target; "minstens wekelijks" is part of the definition.
        for (var k = 0; k + 1 < definition.Count; k++)
        {
            if (definition.TextAt(k) is "minimaal" or "minstens" or "maximaal" or "hoogstens" && definition.Tokens[k + 1].IsNumber)
            {
                words.Add(definition.Surface(k, k + 2));
            }
        }

        if (words.Count > 0)
        {
            return Verdicts.Passed(CriterionIds.Target, $"Streefwaarde genoemd: {Verdicts.Quote(words)}.", $"Target named: {Verdicts.Quote(words)}.", words);
        }

        return Verdicts.Failed(CriterionIds.Target,
            Verdicts.Filled(d.Direction)
                ? $"De richting is duidelijk (‘{d.Direction!.Trim()}’), maar waar wil je uitkomen? Noem een streefwaarde."
                : "Waar wil je uitkomen? Noem een streefwaarde en de richting (omhoog of omlaag).",
            Verdicts.Filled(d.Direction)
                ? $"The direction is clear (‘{d.Direction!.Trim()}’), but where do you want to end up? Give a target value."
                : "Where do you want to end up? Give a target value and the direction (up or down).",
            Verdicts.Filled(d.Direction) ? [$"richting: {d.Direction!.Trim()}"] : []);
    }

    private static CriterionVerdict NeedToKnow(IndicatorDraft d, TextAnalysis name, TextAnalysis definition)
    {
        var need = d.NeedToKnow;
        var evidence = new List<string>();
        if (need is null)
        {
            foreach (var text in new[] { name, definition })
            {
                if (text.Hits(LexiconLists.NeedToKnowTerms).Count > 0)
                {
                    need = true;
                    evidence.Add(text.Surface(text.Hits(LexiconLists.NeedToKnowTerms)[0]));
                }
                else if (text.Hits(LexiconLists.NiceToKnowTerms).Count > 0)
                {
                    need = false;
                    evidence.Add(text.Surface(text.Hits(LexiconLists.NiceToKnowTerms)[0]));
                }
            }
        }
        else
        {
            evidence.Add(need.Value ? "need-to-know" : "nice-to-know");
        }

        return need switch
        {
            true => Verdicts.Passed(CriterionIds.NeedToKnow,
                "Gemarkeerd als need-to-know: deze heb je echt nodig.",
                "Marked need-to-know: you really need this one.",
                evidence),
            false => Verdicts.Passed(CriterionIds.NeedToKnow,
                "Gemarkeerd als nice-to-know. Overweeg hem te schrappen: elke indicator kost partners registratietijd.",
                "Marked nice-to-know. Consider dropping it: every indicator costs partners registration time.",
                evidence),
            _ => Verdicts.Failed(CriterionIds.NeedToKnow,
                "Is dit need-to-know of nice-to-know? Houd alleen wat je echt nodig hebt om te zien of inwoners er beter van worden.",
                "Is this need-to-know or nice-to-know? Keep only what you really need to see whether residents are better off.",
                []),
        };
    }

    private static (string Nl, string En) Suggestion(IndicatorDraft d, IndicatorType type, IndicatorMode mode, TextAnalysis name)
    {
        var groupHits = name.Hits(LexiconLists.TargetGroups);
        var group = groupHits.Count > 0 ? name.Surface(groupHits[0]) : "[doelgroep]";
        if (type is IndicatorType.Output or IndicatorType.Process or IndicatorType.Input)
        {
            var label = type switch { IndicatorType.Output => "output", IndicatorType.Process => "proces", _ => "input" };
            return (
                $"Dit is een {label}-indicator. Vraag door: wat merken {group} ervan? Bijvoorbeeld ‘Percentage {group} dat zich minder eenzaam voelt’ (tellen) of ‘Verhalen van {group} over wat er voor hen veranderde’ (vertellen).",
                $"This is an {(label == "proces" ? "process" : label)} indicator. Ask further: what do {group} notice? For example ‘Percentage of {group} who feel less lonely’ (count) or ‘Stories of {group} about what changed for them’ (story).");
        }

        var source = Verdicts.Filled(d.DataSource) ? d.DataSource!.Trim() : "[bestaande bron]";
        var owner = Verdicts.Filled(d.Owner) ? d.Owner!.Trim() : "[organisatie]";
        var frequency = Verdicts.Filled(d.Frequency) ? d.Frequency!.Trim() : "[frequentie]";
        if (mode == IndicatorMode.Story)
        {
            return (
                $"Definitiekaart: welke verhalen ({d.Name.Trim()}), van wie ({group}), hoe verzameld ({source}), door wie ({owner}), hoe vaak ({frequency}), en wat doe je ermee in de verbetercyclus.",
                $"Definition sheet: which stories ({d.Name.Trim()}), from whom ({group}), collected how ({source}), by whom ({owner}), how often ({frequency}), and how you use them in the improvement cycle.");
        }

        var baseline = Verdicts.Filled(d.Baseline) ? d.Baseline!.Trim() : "[nul-meting]";
        var target = Verdicts.Filled(d.Target) ? d.Target!.Trim() : "[streefwaarde]";
        return (
            $"Definitiekaart: {d.Name.Trim()} — teller/noemer [wie telt mee / van hoeveel], bron {source}, eigenaar {owner}, {frequency}, van {baseline} naar {target}.",
            $"Definition sheet: {d.Name.Trim()} — numerator/denominator [who counts / out of how many], source {source}, owner {owner}, {frequency}, from {baseline} to {target}.");
    }
}
