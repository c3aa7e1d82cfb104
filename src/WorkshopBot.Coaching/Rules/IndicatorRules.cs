using WorkshopBot.Coaching.Text;
using WorkshopBot.Domain.Items;

namespace WorkshopBot.Coaching.Rules;

/// <summary>Type (input/proces/output/outcome), mode (tellen/vertellen) and the definition sheet checks.</summary>
internal sealed partial class IndicatorRules(CompiledLexicon lexicon)
{
    private const int MinimumDefinitionWords = 5;
    private const double NameWeight = 1.0;
    private const double DefinitionWeight = 0.5;
    private const double HeadBonus = 0.5;

    public IndicatorAssessment Assess(IndicatorDraft draft)
    {
        var name = new TextAnalysis(draft.Name ?? string.Empty, lexicon);
        var definition = new TextAnalysis(draft.Definition ?? string.Empty, lexicon);
        var source = new TextAnalysis(draft.DataSource ?? string.Empty, lexicon);

        var (type, typeEvidence) = ClassifyType(draft, name, definition);
        var (mode, modeEvidence) = ClassifyMode(draft, name, definition);

        // Stories told by residents about themselves are outcome unless the words say otherwise; other stories
        // and unfamiliar compounds get a best guess that says it is one.
        // Round 12: also when the words read as use ("Verhalen van ouders over het contact met de school"): a story
        // residents tell is about what changed for them; only process words (a meeting, the cooperation) say otherwise.
        var guess = typeEvidence.Any(e => e.StartsWith(GuessPrefix, StringComparison.Ordinal));
        var nameGroup = name.Hits(LexiconLists.TargetGroups).Count > 0;
        var storyGroup = nameGroup || definition.Hits(LexiconLists.TargetGroups).Count > 0;
        if (mode == IndicatorKind.Vertellen && ((type is null && storyGroup) || (type == IndicatorType.Output && nameGroup)))
        {
            (type, typeEvidence, guess) = (IndicatorType.Outcome, ["vertellen door of over inwoners"], false);
        }
        // Round 10: a photo report shows what was done (an opening, an evening round) — output, as a best guess.
        // Round 12: any visual report (beeldverslag, collage, video), not only a photo report.
        // Round 14: before the compound guess — a film of the Taalhuis open day shows the open day, not language skills.
        else if (type is null && mode == IndicatorKind.Vertellen && IsVisualReport(name))
        {
            (type, typeEvidence, guess) = (IndicatorType.Output, ["beste gok: een beeldverslag laat zien wat er gedaan is"], true);
        }
        // A story's compound part that names an activity ("oud-deelnemers", "reflectiebijeenkomsten") says how the
        // story is collected, not what it is about.
        else if (type is null && CompoundGuess(name) is { } compound && !(mode == IndicatorKind.Vertellen && compound.Type == IndicatorType.Output))
        {
            (type, typeEvidence, guess) = (compound.Type, [compound.Evidence], true);
        }
        else if (type is null && mode == IndicatorKind.Vertellen && name.Tokens.Count(t => t.IsWord) > 1)
        {
            (type, typeEvidence, guess) = (IndicatorType.Outcome, ["beste gok: een verhaal gaat meestal over wat er voor mensen veranderde"], true);
        }
        // Round 12: a marked best guess rather than no type at all.
        else if (type is null && FallbackGuess(name) is { } fallback)
        {
            (type, typeEvidence, guess) = (fallback.Type, [fallback.Evidence], true);
        }
        var story = mode == IndicatorKind.Vertellen;
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
        return new IndicatorAssessment(type, mode, typeEvidence, modeEvidence, criteria, Suggestion(draft, type, mode, name)) { TypeIsGuess = guess };
    }

    // Scores per type from the name (weight 1) and the definition (weight 0.5). Ties go to outcome, then output,
    // process, input: when a name mentions both residents' change and an activity, the coach reads it as outcome.
    // A declared type is used only when the words give no evidence at all.
    private static (IndicatorType? Type, IReadOnlyList<string> Evidence) ClassifyType(IndicatorDraft draft, TextAnalysis name, TextAnalysis definition)
    {
        var scores = new (IndicatorType Type, double Score, List<string> Words)[]
        {
            (IndicatorType.Outcome, 0, []),
            (IndicatorType.Output, 0, []),
            (IndicatorType.Proces, 0, []),
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
            var candidates = new List<(int Type, Hit Hit, bool General)>();
            for (var s = 0; s < scores.Length; s++)
            {
                foreach (var list in lists[s])
                {
                    foreach (var hit in text.Hits(list))
                    {
                        // "Bereik van de campagne Eenzaamheid Bespreekbaar": an outcome word in a name or topic.
                        // "Aantal telefooncontacten met eenzame ouderen": an outcome word inside the target group says who.
                        if (s == 0 && (text.IsNameOrTopic(hit.Start) || IsMeetingTopic(text, hit.Start) ||
                            text.Hits(LexiconLists.TargetGroups).Exists(g => g.Length > hit.Length && g.Start <= hit.Start && g.End >= hit.End)))
                        {
                            continue;
                        }

                        if (list != LexiconLists.OutputNouns || IsCountedOutput(text, hit))
                        {
                            candidates.Add((s, hit, !list.StartsWith("indicator", StringComparison.Ordinal)));
                        }
                    }
                }
            }

            // "binnen zes weken afgehandeld", "aantal dagen tot eerste contact": timeliness is process, and it
            // outweighs what is handled ("percentage meldingen dat binnen twee werkdagen een reactie krijgt").
            // Round 12: not residents who reach a state within a period ("jongeren dat binnen zes maanden weer naar school gaat").
            var timely = text == name && CountsResidents(name, out var reached) && HasChangeWords(name, reached) ? [] : TimelinessHits(text).ToList();
            candidates.AddRange(timely.Select(h => (2, h, false)));
            scores[2].Score += timely.Count > 0 ? weight : 0;

            var claimed = new bool[text.Count];
            var head = int.MaxValue;
            var headType = -1;
            // Round 10: at equal length an indicator term ("netwerkbijeenkomsten": process) beats a general one (output noun).
            foreach (var (s, hit, _) in candidates.OrderByDescending(c => c.Hit.Length).ThenBy(c => c.General).ThenBy(c => c.Type))
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
                if (hit.Start < head)
                {
                    (head, headType) = (hit.Start, s);
                }
            }

            // The first thing a name counts is its head: "aantal beschikbare plekken dagbesteding" counts places
            // (output), "gemiddelde wachttijd dagbesteding" a waiting time (process).
            if (headType >= 0 && text == name)
            {
                scores[headType].Score += HeadBonus;
            }
        }

        // "Aantal/percentage 75-plussers dat …": residents counted in a situation. Not when the name also says
        // they take part in something ("aantal jongeren dat deelneemt aan …" is output).
        // Round 5: only with positive evidence of a change; residents counted for what they do or get, with no
        // change named ("aantal huishoudens dat zich meldt bij het Geldpunt", "aantal minima met een Gelrepas"), is
        // output, with those words as evidence.
        // Round 10: volunteers or professionals counted for their training are input.
        if (TrainedHelpers(name) is { } trained)
        {
            return trained;
        }

        if (ContactWithService(name) is { } contact)
        {
            return contact;
        }

        // Round 11: a mark given by partners is process; an amount the residents save or owe is their own money.
        if ((PartnersRating(name) ?? ResidentsMoney(name)) is { } own)
        {
            return own;
        }

        // Round 12: fte, formatie, budget as the head of the name are input whatever the participle ("Ingezette fte");
        // hours that volunteers give are input too.
        if ((ResourceHead(name) ?? HelpersHours(name) ?? HandledInTime(name) ?? EverydayReading(name)) is { } resource)
        {
            return resource;
        }

        // Round 15: the counted head and its relative clause — organisations joining, cases handled in time, participants
        // reaching a state, residents visiting an ordinary activity at a rhythm.
        if (ReadClause(name) is { } clauseReading)
        {
            return clauseReading;
        }

        // Round 14: partners taking part, a state that still holds or that residents have, residents in a service with a state.
        if (StateOrPartners(name) is { } state)
        {
            return state;
        }

        if (name.Hits(LexiconLists.IndicatorOutputTerms).Count == 0 && CountsResidents(name, out var groupEnd))
        {
            // Round 10: residents counted for what they do in a relative clause — output when it names taking part,
            // whatever outcome word qualifies the group; a behaviour (outcome) otherwise.
            if (scores[2].Score == 0 && ResidentsTakingPart(name, groupEnd) is { } part)
            {
                return (IndicatorType.Output, ["geen verandering: " + part]);
            }

            // Round 11: residents referred or helped in the passive are output, even when the participle is a process word.
            if (scores[0].Score == 0 && ResidentsUndergoing(name, groupEnd) is { } undergoing)
            {
                return (IndicatorType.Output, ["geen verandering: " + undergoing]);
            }

            if (scores.All(s => s.Score == 0) && !HasChangeWords(name, groupEnd) && ResidentsDoing(name, groupEnd) is { } doing)
            {
                scores[0].Score += NameWeight;
                scores[0].Words.Add(doing);
            }
            else if (scores[0].Score > 0 || HasChangeWords(name, groupEnd) || groupEnd >= name.Count)
            {
                scores[0].Score += NameWeight;
                if (scores[0].Words.Count == 0)
                {
                    // Round 9: name the evidence — what the counted residents do or have, or the residents themselves.
                    scores[0].Words.Add(name.Surface(groupEnd < name.Count ? groupEnd : 0, name.Count));
                }
            }
            // Round 11: residents in a situation named without a verb ("met een betalingsachterstand", "in de bijstand").
            else if (scores.All(s => s.Score == 0) && (ResidentsInSituation(name, groupEnd) ?? GroupInSituation(name, groupEnd)) is { } situation)
            {
                scores[0].Score += NameWeight;
                scores[0].Words.Add("situatie: " + situation);
            }
            else if (scores.All(s => s.Score == 0))
            {
                scores[1].Score += NameWeight;
                scores[1].Words.Add("geen verandering: " + name.Surface(groupEnd, name.Count));
            }
        }

        // Round 7: "aantal getekende betalingsregelingen", "aantal afgenomen beweegkaarten": a count of things handed
        // out, signed or taken (a participle before the counted noun), with nothing else known, is output.
        if (scores.All(s => s.Score == 0) && CountedParticiple(name) is { } counted)
        {
            scores[1].Score += NameWeight;
            scores[1].Words.Add(counted);
        }

        // Round 12: "Aantal heupfracturen bij thuiswonende ouderen": an unknown word counted among residents.
        if (scores.All(s => s.Score == 0) && CountedAmongResidents(name) is { } among)
        {
            return among;
        }

        // Round 9: time measured per person or spent by the organisation.
        if (TimeSpent(name) is { } spent)
        {
            return spent;
        }

        // Round 10: reports of a social problem count the problem ("meldingen van huiselijk geweld").
        if (ReportedProblem(name) is { } reported)
        {
            return reported;
        }

        var best = scores.OrderByDescending(s => s.Score).ThenBy(s => Array.IndexOf(scores, s)).First();
        if (best.Score > 0)
        {
            return (best.Type, best.Words.Distinct(StringComparer.OrdinalIgnoreCase).ToList());
        }

        return draft.DeclaredType is { } declared
            ? (declared, ["opgegeven door de groep"])
            : (null, []);
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

    private static bool CountsResidents(TextAnalysis name, out int groupEnd)
    {
        // Round 12: a leading "%" counts as well as "percentage".
        var counts = name.Hits(LexiconLists.CountWords);
        if (CountAtStart(name) == 1 && name.Tokens[0].Kind == TokenKind.Percent)
        {
            counts = [new Hit(0, 1, "%"), .. counts];
        }

        foreach (var count in counts)
        {
            for (var k = count.End; k < name.Count && k <= count.End + 2; k++)
            {
                // Round 12: "Aantal heupfracturen bij ouderen" counts the fractures, not the residents.
                if (name.IsHit(LexiconLists.TargetGroups, k) && !name.IsHit(LexiconLists.OutputNouns, k) && !name.IsHit(LexiconLists.IndicatorInputTerms, k) &&
                    !CountsThingBeforePreposition(name, count.End, k))
                {
                    groupEnd = name.Hits(LexiconLists.TargetGroups).Where(h => h.Contains(k)).Max(h => h.End);
                    return true;
                }
            }
        }

        groupEnd = name.Count;
        return false;
    }

    // A change word after the counted group: an outcome word, a change marker or an outcome predicate.
    private static bool HasChangeWords(TextAnalysis name, int from) =>
        new[] { LexiconLists.OutcomeTerms, LexiconLists.IndicatorOutcomeTerms, LexiconLists.ChangeMarkers, LexiconLists.ChangePredicates }
            .Any(list => name.Hits(list).Exists(h => h.Start >= from && !name.IsNameOrTopic(h.Start)));

    private static (IndicatorKind? Mode, IReadOnlyList<string> Evidence) ClassifyMode(IndicatorDraft draft, TextAnalysis name, TextAnalysis definition)
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
            return (IndicatorKind.Vertellen, storyWords.Distinct(StringComparer.OrdinalIgnoreCase).ToList());
        }

        if (count > 0)
        {
            return (IndicatorKind.Tellen, countWords.Distinct(StringComparer.OrdinalIgnoreCase).ToList());
        }

        return draft.DeclaredMode is { } declared
            ? (declared, ["opgegeven door de groep"])
            : (null, []);
    }
}
