using WorkshopBot.Coaching.Text;

namespace WorkshopBot.Coaching.Rules;

/// <summary>Type (input/proces/output/outcome), mode (tellen/vertellen) and the definition sheet checks.</summary>
internal sealed class IndicatorRules(CompiledLexicon lexicon)
{
    private const int MinimumDefinitionWords = 5;
    private const double NameWeight = 1.0;
    private const double DefinitionWeight = 0.5;

    public IndicatorAssessment Assess(IndicatorDraft draft)
    {
        var name = new TextAnalysis(draft.Name ?? string.Empty, lexicon);
        var definition = new TextAnalysis(draft.Definition ?? string.Empty, lexicon);
        var source = new TextAnalysis(draft.DataSource ?? string.Empty, lexicon);

        var (type, typeEvidence) = ClassifyType(draft, name, definition);
        var (mode, modeEvidence) = ClassifyMode(draft, name, definition);

        // Stories told by residents about themselves are outcome unless the words say otherwise.
        if (type == IndicatorType.Unknown && mode == IndicatorMode.Story && name.Hits(LexiconLists.TargetGroups).Count + definition.Hits(LexiconLists.TargetGroups).Count > 0)
        {
            type = IndicatorType.Outcome;
            typeEvidence = ["vertellen door of over inwoners"];
        }
        var story = mode == IndicatorMode.Story;
        CriterionVerdict[] criteria =
        [
            Definition(draft, definition),
            Unit(draft, name, definition, story),
            Source(draft, name, definition, source),
            ExistingSource(draft, name, definition, source),
            Owner(draft, definition, source),
            Frequency(draft, name, definition),
            Baseline(draft, definition, story),
            Target(draft, definition, story),
            NeedToKnow(draft, name, definition),
        ];
        var (nl, en) = Suggestion(draft, type, mode, name);
        return new IndicatorAssessment(type, mode, typeEvidence, modeEvidence, criteria, nl, en);
    }

    // Scores per type from the name (weight 1) and the definition (weight 0.5). Ties go to outcome, then output,
    // process, input: when a name mentions both residents' change and an activity, the coach reads it as outcome.
    // A declared type is used only when the words give no evidence at all.
    private static (IndicatorType Type, IReadOnlyList<string> Evidence) ClassifyType(IndicatorDraft draft, TextAnalysis name, TextAnalysis definition)
    {
        var scores = new (IndicatorType Type, double Score, List<string> Words)[]
        {
            (IndicatorType.Outcome, 0, []),
            (IndicatorType.Output, 0, []),
            (IndicatorType.Process, 0, []),
            (IndicatorType.Input, 0, []),
        };
        string[][] lists =
        [
            [LexiconLists.IndicatorOutcomeTerms, LexiconLists.OutcomeTerms],
            [LexiconLists.IndicatorOutputTerms, LexiconLists.OutputNouns],
            [LexiconLists.IndicatorProcessTerms, LexiconLists.ProcessTerms],
            [LexiconLists.IndicatorInputTerms, LexiconLists.PreconditionTerms],
        ];
        foreach (var (text, weight) in new[] { (name, NameWeight), (definition, DefinitionWeight) })
        {
            // Longest evidence first, and each word counts once: "uren inzet" (input) beats "uren" (output).
            var candidates = new List<(int Type, Hit Hit)>();
            for (var s = 0; s < scores.Length; s++)
            {
                foreach (var list in lists[s])
                {
                    foreach (var hit in text.Hits(list))
                    {
                        if (list != LexiconLists.OutputNouns || IsCountedOutput(text, hit))
                        {
                            candidates.Add((s, hit));
                        }
                    }
                }
            }

            var claimed = new bool[text.Count];
            foreach (var (s, hit) in candidates.OrderByDescending(c => c.Hit.Length).ThenBy(c => c.Type))
            {
                if (Enumerable.Range(hit.Start, hit.Length).Any(k => claimed[k]))
                {
                    continue;
                }

                for (var k = hit.Start; k < hit.End; k++)
                {
                    claimed[k] = true;
                }

                scores[s].Score += weight;
                scores[s].Words.Add(text.Surface(hit));
            }
        }

        // "Aantal/percentage 75-plussers dat …": residents counted in a situation. Not when the name also says
        // they take part in something ("aantal jongeren dat deelneemt aan …" is output).
        if (name.Hits(LexiconLists.IndicatorOutputTerms).Count == 0 && CountsResidents(name))
        {
            scores[0].Score += NameWeight;
        }

        var best = scores.OrderByDescending(s => s.Score).ThenBy(s => Array.IndexOf(scores, s)).First();
        if (best.Score > 0)
        {
            return (best.Type, best.Words.Distinct(StringComparer.OrdinalIgnoreCase).ToList());
        }

        return draft.DeclaredType is { } declared and not IndicatorType.Unknown
            ? (declared, ["opgegeven door de groep"])
            : (IndicatorType.Unknown, []);
    }

    // A general output noun ("voedselpakketten", "keukentafelgesprek") is output evidence only when it is counted
    // ("aantal uitgedeelde voedselpakketten"); "wachttijd voor een keukentafelgesprek" is about the process.
    // People ("deelnemers") are output only as "aantal deelnemers", which the indicator list has.
    private static bool IsCountedOutput(TextAnalysis text, Hit hit)
    {
        if (text.IsHit(LexiconLists.TargetGroups, hit.Start))
        {
            return false;
        }

        for (var k = hit.Start - 1; k >= 0 && k >= hit.Start - 3; k--)
        {
            if (text.IsHit(LexiconLists.CountWords, k) || text.Tokens[k].IsNumber)
            {
                return true;
            }
        }

        return false;
    }

    private static bool CountsResidents(TextAnalysis name)
    {
        foreach (var count in name.Hits(LexiconLists.CountWords))
        {
            for (var k = count.End; k < name.Count && k <= count.End + 2; k++)
            {
                if (name.IsHit(LexiconLists.TargetGroups, k) && !name.IsHit(LexiconLists.OutputNouns, k) && !name.IsHit(LexiconLists.IndicatorInputTerms, k))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static (IndicatorMode Mode, IReadOnlyList<string> Evidence) ClassifyMode(IndicatorDraft draft, TextAnalysis name, TextAnalysis definition)
    {
        double story = 0, count = 0;
        var storyWords = new List<string>();
        var countWords = new List<string>();
        foreach (var (text, weight) in new[] { (name, NameWeight * 1.5), (definition, DefinitionWeight) })
        {
            foreach (var hit in text.Hits(LexiconLists.StoryTerms))
            {
                story += weight;
                storyWords.Add(text.Surface(hit));
            }
        }

        foreach (var (text, weight) in new[] { (name, NameWeight), (definition, DefinitionWeight) })
        {
            foreach (var hit in text.Hits(LexiconLists.CountTerms))
            {
                count += weight;
                countWords.Add(text.Surface(hit));
            }

            foreach (var token in text.Tokens)
            {
                if (token.IsNumber && !token.IsYear)
                {
                    count += weight / 2;
                }
            }
        }

        if (name.Count > 0 && name.MatchAt(LexiconLists.CountWords, 0) > 0)
        {
            count += NameWeight;
        }

        if (Verdicts.Filled(draft.Numerator) || Verdicts.Filled(draft.Denominator))
        {
            count += NameWeight;
            countWords.Add("teller/noemer");
        }

        if (story > count)
        {
            return (IndicatorMode.Story, storyWords.Distinct(StringComparer.OrdinalIgnoreCase).ToList());
        }

        if (count > 0)
        {
            return (IndicatorMode.Count, countWords.Distinct(StringComparer.OrdinalIgnoreCase).ToList());
        }

        return draft.DeclaredMode is { } declared and not IndicatorMode.Unknown
            ? (declared, ["opgegeven door de groep"])
            : (IndicatorMode.Unknown, []);
    }

    private static CriterionVerdict Definition(IndicatorDraft d, TextAnalysis definition)
    {
        var words = definition.Tokens.Count(t => t.IsWord || t.IsNumber);
        if (words >= MinimumDefinitionWords)
        {
            return Verdicts.Passed(CriterionIds.Definition,
                "Er is een definitie: iedereen meet hetzelfde.",
                "There is a definition: everyone measures the same thing.",
                ["definitie"]);
        }

        return Verdicts.Failed(CriterionIds.Definition,
            words == 0
                ? "Beschrijf precies wat je meet, zodat elke partner hetzelfde telt of verzamelt. Bijvoorbeeld: ‘75-plussers die in de Gezondheidsmonitor aangeven zich (zeer) ernstig eenzaam te voelen’."
                : "De definitie is nog erg kort. Beschrijf precies wie meetelt en wat je meet, zodat elke partner hetzelfde telt.",
            words == 0
                ? "Describe exactly what you measure, so every partner counts or collects the same thing. For example: ‘over-75s who report feeling (very) severely lonely in the Health Monitor’."
                : "The definition is still very short. Describe exactly who counts and what you measure, so every partner counts the same.",
            words == 0 ? [] : [d.Definition!.Trim()]);
    }

    private static CriterionVerdict Unit(IndicatorDraft d, TextAnalysis name, TextAnalysis definition, bool story)
    {
        var fields = new List<string>();
        if (Verdicts.Filled(d.Numerator))
        {
            fields.Add($"teller: {d.Numerator!.Trim()}");
        }

        if (Verdicts.Filled(d.Denominator))
        {
            fields.Add($"noemer: {d.Denominator!.Trim()}");
        }

        if (Verdicts.Filled(d.Unit))
        {
            fields.Add($"eenheid: {d.Unit!.Trim()}");
        }

        if (fields.Count > 0)
        {
            return Verdicts.Passed(CriterionIds.Unit, $"Eenheid is duidelijk: {Verdicts.Quote(fields)}.", $"The unit is clear: {Verdicts.Quote(fields)}.", fields);
        }

        if (story)
        {
            return Verdicts.NotApplicable(CriterionIds.Unit,
                "Bij vertellen is geen eenheid nodig; beschrijf wel hoe je de verhalen verzamelt.",
                "A story indicator needs no unit; do describe how the stories are collected.");
        }

        var words = name.Hits(LexiconLists.UnitTerms).Select(h => name.Surface(h))
            .Concat(definition.Hits(LexiconLists.UnitTerms).Select(h => definition.Surface(h)))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (words.Count > 0)
        {
            return Verdicts.Passed(CriterionIds.Unit, $"Eenheid: {Verdicts.Quote(words)}.", $"Unit: {Verdicts.Quote(words)}.", words);
        }

        return Verdicts.Failed(CriterionIds.Unit,
            "In welke eenheid druk je dit uit? Een aantal, een percentage (teller/noemer), een gemiddelde score?",
            "In which unit is this expressed? A count, a percentage (numerator/denominator), an average score?",
            []);
    }

    private static CriterionVerdict Source(IndicatorDraft d, TextAnalysis name, TextAnalysis definition, TextAnalysis source)
    {
        if (Verdicts.Filled(d.DataSource))
        {
            return Verdicts.Passed(CriterionIds.Source, $"Bron: ‘{d.DataSource!.Trim()}’.", $"Source: ‘{d.DataSource!.Trim()}’.", [$"bron: {d.DataSource!.Trim()}"]);
        }

        var words = name.Hits(LexiconLists.ExistingSources).Select(h => name.Surface(h))
            .Concat(definition.Hits(LexiconLists.ExistingSources).Select(h => definition.Surface(h)))
            .Concat(definition.Hits(LexiconLists.SourceTerms).Select(h => definition.Surface(h)))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (words.Count > 0)
        {
            return Verdicts.Passed(CriterionIds.Source, $"Bron genoemd: {Verdicts.Quote(words)}.", $"Source named: {Verdicts.Quote(words)}.", words);
        }

        return Verdicts.Failed(CriterionIds.Source,
            "Waar komen de gegevens vandaan? Noem de bron, bij voorkeur iets wat een partner al bijhoudt (Gezondheidsmonitor, eigen registratie, cliëntervaringsonderzoek).",
            "Where does the data come from? Name the source, preferably something a partner already keeps (Health Monitor, own registration, client experience survey).",
            []);
    }

    private static CriterionVerdict ExistingSource(IndicatorDraft d, TextAnalysis name, TextAnalysis definition, TextAnalysis source)
    {
        if (d.ExistingRegistration == true)
        {
            return Verdicts.Passed(CriterionIds.ExistingSource,
                "Dit wordt al geregistreerd: geen extra registratielast.",
                "This is already registered: no extra registration burden.",
                ["bestaande registratie: ja"]);
        }

        if (d.ExistingRegistration == false)
        {
            return Verdicts.Failed(CriterionIds.ExistingSource,
                "Dit vraagt een nieuwe registratie: dat kost partners tijd. Is er een bestaande bron die (bijna) hetzelfde laat zien?",
                "This needs a new registration, which costs partners time. Is there an existing source that shows (nearly) the same?",
                ["bestaande registratie: nee"]);
        }

        var texts = new[] { name, definition, source };
        var newWords = texts.SelectMany(t => t.Hits(LexiconLists.NewRegistrationTerms).Select(h => t.Surface(h))).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (newWords.Count > 0)
        {
            return Verdicts.Failed(CriterionIds.ExistingSource,
                $"Dit wordt een nieuwe registratie ({Verdicts.Quote(newWords)}): extra werk voor partners. Kan het met wat al wordt bijgehouden?",
                $"This becomes a new registration ({Verdicts.Quote(newWords)}): extra work for partners. Can it be done with what is already kept?",
                newWords);
        }

        var existing = texts.SelectMany(t => t.Hits(LexiconLists.ExistingSources).Select(h => t.Surface(h))).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (existing.Count > 0)
        {
            return Verdicts.Passed(CriterionIds.ExistingSource,
                $"Bestaande bron: {Verdicts.Quote(existing)}. Dat scheelt registratielast.",
                $"Existing source: {Verdicts.Quote(existing)}. That saves registration work.",
                existing);
        }

        var anySource = Verdicts.Filled(d.DataSource) || definition.Hits(LexiconLists.SourceTerms).Count > 0;
        if (!anySource)
        {
            return Verdicts.NotApplicable(CriterionIds.ExistingSource,
                "Nog geen bron genoemd; kijk straks of een partner dit al bijhoudt.",
                "No source named yet; check later whether a partner already keeps this.");
        }

        return Verdicts.Failed(CriterionIds.ExistingSource,
            "Houdt een partner dit al bij? Geef aan of het een bestaande registratie is; een nieuwe registratie kost partners extra tijd.",
            "Does a partner already keep this? Say whether it is an existing registration; a new one costs partners extra time.",
            []);
    }

    private static CriterionVerdict Owner(IndicatorDraft d, TextAnalysis definition, TextAnalysis source)
    {
        if (Verdicts.Filled(d.Owner))
        {
            return Verdicts.Passed(CriterionIds.Owner, $"Eigenaar: ‘{d.Owner!.Trim()}’.", $"Owner: ‘{d.Owner!.Trim()}’.", [$"eigenaar: {d.Owner!.Trim()}"]);
        }

        var words = new List<string>();
        foreach (var text in new[] { definition, source })
        {
            foreach (var marker in text.Hits(LexiconLists.OwnerMarkers))
            {
                // A bare "door" needs the organisation right after it ("door de buurtsportcoach"), not before
                // ("schuldhulpverlening gedeeld door het aantal trajecten").
                var bare = marker.Entry == "door";
                var organisation = text.Hits(LexiconLists.Organisations).Find(o =>
                    (o.Start >= marker.End && o.Start - marker.End <= (bare ? 2 : 4)) || (!bare && marker.Start >= o.End && marker.Start - o.End <= 3));
                if (organisation.Length > 0)
                {
                    words.Add(text.Surface(Math.Min(marker.Start, organisation.Start), Math.Max(marker.End, organisation.End)));
                }
            }
        }

        if (words.Count > 0)
        {
            return Verdicts.Passed(CriterionIds.Owner, $"Eigenaar genoemd: {Verdicts.Quote(words)}.", $"Owner named: {Verdicts.Quote(words)}.", words);
        }

        return Verdicts.Failed(CriterionIds.Owner,
            "Welke organisatie is eigenaar: wie verzamelt de gegevens en levert ze aan?",
            "Which organisation owns this: who collects the data and delivers it?",
            []);
    }

    private static CriterionVerdict Frequency(IndicatorDraft d, TextAnalysis name, TextAnalysis definition)
    {
        if (Verdicts.Filled(d.Frequency))
        {
            return Verdicts.Passed(CriterionIds.Frequency, $"Frequentie: ‘{d.Frequency!.Trim()}’.", $"Frequency: ‘{d.Frequency!.Trim()}’.", [$"frequentie: {d.Frequency!.Trim()}"]);
        }

        var words = name.Hits(LexiconLists.FrequencyTerms).Select(h => name.Surface(h))
            .Concat(definition.Hits(LexiconLists.FrequencyTerms).Select(h => definition.Surface(h)))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (words.Count > 0)
        {
            return Verdicts.Passed(CriterionIds.Frequency, $"Frequentie: {Verdicts.Quote(words)}.", $"Frequency: {Verdicts.Quote(words)}.", words);
        }

        return Verdicts.Failed(CriterionIds.Frequency,
            "Hoe vaak meet je dit? Bijvoorbeeld jaarlijks, per kwartaal, of bij start en einde van een traject.",
            "How often is this measured? For example yearly, quarterly, or at the start and end of a programme.",
            []);
    }

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
