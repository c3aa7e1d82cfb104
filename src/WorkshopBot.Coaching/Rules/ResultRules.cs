using WorkshopBot.Coaching.Localization;
using WorkshopBot.Coaching.Text;

namespace WorkshopBot.Coaching.Rules;

/// <summary>The seven result criteria. Each rule reads the same analysis; precedence is spelled out per rule.</summary>
internal sealed class ResultRules(CompiledLexicon lexicon)
{
    private const int MinimumWords = 4;

    public ResultAssessment Assess(ResultDraft draft)
    {
        var a = new TextAnalysis(draft.Statement ?? string.Empty, lexicon);
        var facts = new ResultFacts(a, Clauses.Compute(a), NumberFacts.Analyze(a), draft);

        var targetGroup = TargetGroup(facts);
        CriterionVerdict[] criteria =
        [
            targetGroup,
            ContentNotProcess(facts),
            OutcomeNotOutput(facts),
            Measurable(facts),
            TimeBound(facts),
            Concrete(facts),
            SingleResult(facts),
        ];
        var (suggestion, placeholders) = Suggestion(facts, criteria);
        return new ResultAssessment(criteria, suggestion) { SuggestionHasPlaceholders = placeholders };
    }

    private static CriterionVerdict TargetGroup(ResultFacts f)
    {
        if (Verdicts.Filled(f.Draft.TargetGroup))
        {
            var group = f.Draft.TargetGroup!.Trim();
            return Verdicts.Passed(CriterionIds.TargetGroup, Verdicts.Say(t => t.TargetGroupFieldFormat, group), [$"doelgroep: {group}"]);
        }

        var groups = f.TargetGroupSurfaces();
        if (groups.Count > 0)
        {
            return Verdicts.Passed(CriterionIds.TargetGroup, Verdicts.Say(t => t.TargetGroupNamedFormat, Verdicts.Quote(groups)), groups);
        }

        return Verdicts.Failed(CriterionIds.TargetGroup, Verdicts.Say(t => t.TargetGroupMissing), []);
    }

    // Failed when the main clause talks about how organisations work (samenwerking, afstemming) or what they
    // need (voldoende middelen) and not about a change for residents; also when professionals are the subject
    // of a process verb ("professionals signaleren eerder"), even if residents are mentioned.
    private static CriterionVerdict ContentNotProcess(ResultFacts f)
    {
        // "zeventig mantelzorgers zijn geschoold": residents who learn something are output, not how organisations work.
        var process = f.MainProcessHits().Where(h => !f.ResidentsAreTrained(h)).ToList();
        var preconditions = f.MainHits(LexiconLists.PreconditionTerms);
        // Round 12: staff or money added ("twee extra schuldhulpconsulenten", "€ 185.000 voor …") is a precondition too.
        var added = f.StaffOrMoneyAdded();
        var words = process.Concat(preconditions).Select(h => f.A.Surface(h)).Concat(added).Distinct().ToList();

        // Framing that only says what organisations do or plan ("er wordt ingezet op …", "draagt bij aan …", "een
        // plan maken") and timeliness of a service ("krijgen sneller een plek", "binnen vijf werkdagen in
        // behandeling") are process whatever follows.
        var framed = f.MainHits(LexiconLists.ProcessFrames).Select(h => f.A.Surface(h)).Concat(f.TimelinessSurfaces()).Distinct().ToList();
        // Round 15: a headline of what professionals do ("eerder signaleren", "perspectief bieden"), or a werkgroep's question.
        framed.AddRange(new[] { f.ProfessionalAction(), f.StartsWithWorkingGroup ? f.WorkingGroupQuestion() : null }.OfType<string>().Concat(f.PlanWords()));
        if (f.SupplyHeadline() is { } supply)
        {
            return Verdicts.Failed(CriterionIds.ContentNotProcess, Verdicts.Say(t => t.PreconditionFormat, Verdicts.Quote([supply])), [supply]);
        }
        if (framed.Count > 0)
        {
            var evidence = framed.Concat(words).Distinct().ToList();
            return Verdicts.Failed(CriterionIds.ContentNotProcess, Verdicts.Say(t => t.ProcessFormat, Verdicts.Quote(evidence)), evidence);
        }

        // An organisation as subject, with no change for residents and no output, is process too:
        // "De gemeente zet in op preventie", "Alle scholen hebben een aandachtsfunctionaris".
        if (words.Count == 0 && f.ActorIsSubject && !f.HasMainContent && f.OutputHits().Count == 0)
        {
            words.AddRange(f.MainHits(LexiconLists.ProcessActors).Take(1).Select(h => f.A.Surface(h)));
            if (words.Count == 0 && f.PassiveAgentActor() is { } agent)
            {
                words.Add(agent);
            }
        }

        // Process hidden in grammar: an organisation as the agent of a passive whose subject is not residents ("Door
        // het wijkteam worden meer huisbezoeken afgelegd bij ouderen"), or a partner as subject ("Werkgevers bieden
        // meer stageplekken aan jongeren"), with no change for residents named in the main clause.
        if (words.Count == 0 && !f.ContentHits().Exists(h => f.Roles[h.Start] == ClauseRole.Main) && f.HiddenActor() is { } hidden)
        {
            words.Add(hidden);
        }

        if (words.Count > 0 && (!f.HasMainContent || f.ActorIsSubject))
        {
            var isPrecondition = (preconditions.Count > 0 || added.Count > 0) && process.Count == 0;
            return Verdicts.Failed(CriterionIds.ContentNotProcess,
                Verdicts.Say(t => isPrecondition ? t.PreconditionFormat : t.ProcessFormat, Verdicts.Quote(words)),
                words);
        }

        // Round 12: an organisation acts and the change for residents stands only after "zodat": the result is what the
        // organisation does.
        if (f.ChangeOnlyInPurpose() is { } actor)
        {
            return Verdicts.Failed(CriterionIds.ContentNotProcess, Verdicts.Say(t => t.ChangeOnlyInPurposeFormat, Verdicts.Quote([actor])), [actor]);
        }

        var content = f.ContentSurfaces();
        return Verdicts.Passed(CriterionIds.ContentNotProcess, Verdicts.Quoting(content, t => t.ContentFormat, t => t.NotProcess), content);
    }

    private static CriterionVerdict OutcomeNotOutput(ResultFacts f)
    {
        var output = f.OutputSurfaces();
        // Round 15: "Zwerfjongeren perspectief bieden" gives a prospect, not a product: no output (content fails instead).
        // An offer that is asked for ("Voldoende woonplekken voor …") is a precondition, not a delivery.
        // Round 16: cases handled in time are process (content-not-process says so), not a delivery.
        if (output.Count > 0 && f.SupplyHeadline() is null && !f.CasesHandledInTime() && !((f.GivesProspect || f.VagueComparative() is not null) && f.OutputHits().TrueForAll(h => h.Entry == ResultFacts.NoChangeEntry)))
        {
            // Residents with no change named: the evidence is what they do or get, the message asks what changes.
            var noChange = f.OutputHits().TrueForAll(h => h.Entry == ResultFacts.NoChangeEntry);
            return Verdicts.Failed(CriterionIds.OutcomeNotOutput, Verdicts.Say(t => noChange ? t.NoChangeFormat : t.OutputFormat, Verdicts.Quote(output)), output);
        }

        var outcome = f.OutcomeEvidence();
        if (output.Count > 0 && f.CasesHandledInTime())
        {
            // The evidence is the timeliness that makes the line process rather than a delivery.
            return Verdicts.Passed(CriterionIds.OutcomeNotOutput, Verdicts.Say(t => t.NoOutput), f.TimelinessSurfaces());
        }

        if (output.Count > 0)
        {
            // Round 15: the prospect or comparative that was read as "no change" is the evidence that nothing is delivered.
            outcome = [.. new[] { f.VagueComparative(), f.GivesProspect ? f.ProfessionalAction() : null, f.SupplyHeadline() }.OfType<string>()];
        }

        return Verdicts.Passed(CriterionIds.OutcomeNotOutput, Verdicts.Quoting(outcome, t => t.OutcomeFormat, t => t.NoOutput), outcome);
    }

    private static CriterionVerdict Measurable(ResultFacts f)
    {
        var evidence = new List<string>();
        if (Verdicts.Filled(f.Draft.Baseline))
        {
            evidence.Add($"nul-meting: {f.Draft.Baseline!.Trim()}");
        }

        if (Verdicts.Filled(f.Draft.Target))
        {
            evidence.Add($"streefwaarde: {f.Draft.Target!.Trim()}");
        }

        evidence.AddRange(f.Numbers.Quantities.Select(q => f.A.Surface(q.Start, q.End)));
        if (evidence.Count > 0)
        {
            return Verdicts.Passed(CriterionIds.Measurable, Verdicts.Say(t => t.MeasurableFormat, Verdicts.Quote(evidence)), evidence);
        }

        return Verdicts.Failed(CriterionIds.Measurable, Verdicts.Say(t => t.MeasurableMissing), []);
    }

    private static CriterionVerdict TimeBound(ResultFacts f)
    {
        if (Verdicts.Filled(f.Draft.Horizon))
        {
            var horizon = f.Draft.Horizon!.Trim();
            return Verdicts.Passed(CriterionIds.TimeBound, Verdicts.Say(t => t.TimeFrameFormat, Verdicts.Quote([horizon])), [$"termijn: {horizon}"]);
        }

        var horizons = f.Numbers.Horizons.Select(h => f.A.Surface(h.Start, h.End)).ToList();
        if (horizons.Count > 0)
        {
            return Verdicts.Passed(CriterionIds.TimeBound, Verdicts.Say(t => t.TimeFrameFormat, Verdicts.Quote(horizons)), horizons);
        }

        var baselineYears = f.Numbers.BaselineYears.Select(h => f.A.Surface(h.Start, h.End)).ToList();
        return Verdicts.Failed(CriterionIds.TimeBound, Verdicts.Quoting(baselineYears, t => t.StartingPointOnlyFormat, t => t.TimeFrameMissing), baselineYears);
    }

    // A vague verb (versterken, verbeteren, bevorderen, tegengaan) is fine when it has a measurable object: a
    // number, or a concrete outcome such as eenzaamheid or schulden. An abstract noun (regie, leefbaarheid) needs a
    // number, a concrete outcome, or a target group that changes. Two or three words are never concrete enough.
    private static CriterionVerdict Concrete(ResultFacts f)
    {
        // "Gezond en gelukkig opgroeien": an adjective joined to a vague phrase belongs to it.
        var vaguePhrases = f.NonMeansHits(LexiconLists.VagueOutcomePhrases).Where(h => !f.A.IsNameOrTopic(h.Start))
            .Select(h => h.Start >= 2 && f.A.Tokens[h.Start - 1].Text == "en" && f.A.Tokens[h.Start - 2].IsWord ? new Hit(h.Start - 2, h.Length + 2, h.Entry) : h)
            .ToList();

        // Round 12: "een gezonde, veilige en inclusieve gemeente": adjectives pinned on a place paint an ideal image.
        vaguePhrases.AddRange(f.IdealImages());

        // "Inwoners in armoede doen mee." — mee in what?
        vaguePhrases.AddRange(f.MainHits(LexiconLists.ChangeMarkers).Where(h => h.Entry is "doen mee" or "doet mee" && (h.End >= f.A.Count || f.A.Tokens[h.End].Text == ".")));
        var vague = f.NonMeansHits(LexiconLists.VagueVerbs).Select(h => f.A.Surface(h)).ToList();
        var empty = f.NonMeansHits(LexiconLists.EmptyPhrases).Select(h => f.A.Surface(h)).ToList();
        var abstractWords = f.NonMeansHits(LexiconLists.AbstractTerms).Select(h => f.A.Surface(h)).ToList();
        var hasQuantity = f.Numbers.Quantities.Count > 0 || Verdicts.Filled(f.Draft.Target);
        // Outcome words inside a vague phrase ("gezond en veilig opgroeien", "volwaardig meedoen") say no more
        // than the phrase: what changes, for whom?
        // "Inwoners ervaren meer verbinding": experiencing an abstract noun is as abstract as the noun.
        var abstractNouns = f.NonMeansHits(LexiconLists.AbstractTerms);
        var experiencedAbstract = f.A.Hits(LexiconLists.OutcomeTerms)
            .Where(h => h.Entry.StartsWith("ervar", StringComparison.Ordinal) && abstractNouns.Exists(x => x.Start > h.Start && x.Start <= h.End + 3))
            .ToList();
        var concrete = f.OutcomeSurfaces([.. vaguePhrases, .. experiencedAbstract]);
        var words = f.A.Tokens.Count(t => t.IsWord || t.IsNumber);

        // An adopted suggestion that still says "[verandering]" is not concrete, whatever else it says.
        List<string> placeholders = f.A.Text.Contains('[', StringComparison.Ordinal)
            ? [.. System.Text.RegularExpressions.Regex.Matches(f.A.Text, @"\[[^\]]*\p{L}[^\]]*\]").Select(m => m.Value).Distinct()]
            : [];
        if (placeholders.Count > 0)
        {
            return Verdicts.Failed(CriterionIds.Concrete, Verdicts.Say(t => t.PlaceholdersFormat, Verdicts.Quote(placeholders)), placeholders);
        }

        if (words < MinimumWords)
        {
            var evidence = vague.Concat(abstractWords).ToList();
            return evidence.Count > 0
                ? Verdicts.Failed(CriterionIds.Concrete, Verdicts.Say(t => t.TooAbstractShortFormat, Verdicts.Quote([f.A.Text.Trim().TrimEnd('.')])), evidence)
                : Verdicts.Failed(CriterionIds.Concrete, Verdicts.Say(t => t.HeadingOnly), [f.A.Text.Trim()]);
        }

        // "aandacht voor", "inzetten op" never say what changes, whatever their object.
        var emptyWithoutNumber = empty.Count > 0 && !hasQuantity;
        vague.AddRange(empty);
        var vagueWithoutObject = emptyWithoutNumber || (vague.Count > 0 && !hasQuantity && concrete.Count == 0);
        // "Meer regie voor inwoners": a change of the abstract noun itself is no change for residents.
        var realChange = f.MainHits(LexiconLists.ChangeMarkers).Exists(h => !experiencedAbstract.Exists(e => e.Overlaps(h)) && !abstractNouns.Exists(x => x.Start >= h.End && x.Start <= h.End + 1)) ||
            f.MainHits(LexiconLists.VagueVerbs).Count > 0;
        var abstractWithoutChange = abstractWords.Count > 0 && !hasQuantity && concrete.Count == 0 && !(f.HasTargetGroup && realChange);

        // A number does not rescue a vague verb on an abstract noun: "de zelfredzaamheid met 15% verbeteren".
        var vagueOnAbstract = vague.Count > 0 && abstractWords.Count > 0 && concrete.Count == 0;
        var vaguePhraseWithoutNumber = vaguePhrases.Count > 0 && !hasQuantity && concrete.Count == 0;
        // Round 12: a number does not make an abstract noun concrete when it is the abstract noun that changes and no
        // residents are named: "De samenredzaamheid neemt met 10% toe" — what do residents notice?
        // Not when the abstract noun is only the object of a budget ("het budget voor preventie stijgt").
        var abstractSubject = abstractNouns.Exists(h => !f.A.IsNameOrTopic(h.Start) && !(h.Start >= 1 && f.A.Tokens[h.Start - 1].Text is "voor" or "van" or "op" or "in" or "aan" or "over" or "bij" or "met") &&
            !(h.Start >= 2 && f.A.Tokens[h.Start - 1].Text is "de" or "het" && f.A.Tokens[h.Start - 2].Text is "voor" or "van" or "op" or "in" or "aan" or "over" or "bij" or "met"));
        var abstractChangeWithoutGroup = abstractSubject && concrete.Count == 0 && !f.HasTargetGroup && f.MainHits(LexiconLists.PreconditionTerms).Count == 0 && f.MainProcessHits().Count == 0 &&
            (hasQuantity || f.MainHits(LexiconLists.ChangeMarkers).Count > 0);
        vague.AddRange(vaguePhrases.Select(h => f.A.Surface(h)));
        // Round 15: what professionals do, a werkgroep question, or a plan with no change for residents is no observable change.
        var instrument = new[] { f.ProfessionalAction(), f.WorkingGroupQuestion(), f.VagueComparative(), f.SupplyHeadline() }.OfType<string>().Concat(concrete.Count == 0 ? f.PlanWords() : []).ToList();
        vague.AddRange(instrument);
        if (vagueWithoutObject || abstractWithoutChange || vagueOnAbstract || vaguePhraseWithoutNumber || abstractChangeWithoutGroup || instrument.Count > 0)
        {
            var evidence = vague.Concat(abstractWords).Distinct().ToList();
            return Verdicts.Failed(CriterionIds.Concrete, Verdicts.Say(t => t.TooAbstractFormat, Verdicts.Quote(evidence)), evidence);
        }

        var good = concrete.Count > 0 ? concrete : f.Numbers.Quantities.Select(q => f.A.Surface(q.Start, q.End)).ToList();
        return Verdicts.Passed(CriterionIds.Concrete, Verdicts.Quoting(good, t => t.ConcreteFormat, t => t.ConcretelyWorded), good);
    }

    private static CriterionVerdict SingleResult(ResultFacts f)
    {
        var joins = f.ResultJoins();
        if (joins.Count > 0)
        {
            return Verdicts.Failed(CriterionIds.SingleResult, Verdicts.Say(t => t.SeveralResultsFormat, Verdicts.Quote(joins)), joins);
        }

        return Verdicts.Passed(CriterionIds.SingleResult, Verdicts.Say(t => t.SingleResult), []);
    }

    // When what changes is fine (outcome, content, concrete, one result), the suggestion is the group's own
    // sentence with only the missing parts added: "Minder 75-plussers voelen zich eenzaam, over [termijn]". A
    // complete result gets no suggestion. Otherwise the pattern "Over 3 jaar [verandering] bij 75-plussers, van
    // 42% naar 35%." is filled with what was found, with a placeholder for the rest.
    private static (CoachMessage Text, bool Placeholders) Suggestion(ResultFacts f, CriterionVerdict[] criteria)
    {
        bool Failed(string id) => criteria.First(c => c.Id == id).Status == CriterionStatus.Failed;
        var d = f.Draft;
        var statement = (d.Statement ?? string.Empty).Trim().TrimEnd('.', ';', ',', ' ');
        var changeIsFine = statement.Length > 0 && !Failed(CriterionIds.OutcomeNotOutput) && !Failed(CriterionIds.ContentNotProcess) &&
            !Failed(CriterionIds.Concrete) && !Failed(CriterionIds.SingleResult);
        if (changeIsFine)
        {
            var group = Failed(CriterionIds.TargetGroup);
            var time = Failed(CriterionIds.TimeBound);
            var measure = Failed(CriterionIds.Measurable);
            if (!group && !time && !measure)
            {
                return (new CoachMessage(_ => string.Empty), false);
            }

            return (new CoachMessage(t =>
            {
                var text = statement + (group ? " " + t.AddTargetGroup : string.Empty);
                text += time ? ", " + t.AddHorizon : string.Empty;
                return text + (measure ? ", " + t.AddFromTo : string.Empty) + ".";
            }), true);
        }

        var horizon = Verdicts.Filled(d.Horizon) ? d.Horizon!.Trim()
            : f.Numbers.Horizons.Count > 0 ? f.A.Surface(f.Numbers.Horizons[0].Start, f.Numbers.Horizons[0].End) : null;
        var groups = f.TargetGroupSurfaces();
        var targetGroup = Verdicts.Filled(d.TargetGroup) ? d.TargetGroup!.Trim() : groups.Count > 0 ? groups[0] : null;
        var change = Verdicts.Filled(d.Change) ? d.Change!.Trim() : null;
        var fromTo = f.Numbers.FromTo;
        var baseline = Verdicts.Filled(d.Baseline) ? d.Baseline!.Trim() : fromTo.Count == 2 ? f.A.Surface(fromTo[0].Start, fromTo[0].End) : null;
        var target = Verdicts.Filled(d.Target) ? d.Target!.Trim() : fromTo.Count == 2 ? f.A.Surface(fromTo[1].Start, fromTo[1].End) : null;
        var outcome = f.OutcomeSurfaces();
        var placeholders = horizon is null || change is null || targetGroup is null || baseline is null || target is null;

        return (new CoachMessage(t => CoachText.Fill(
            t.ResultSuggestionFormat,
            horizon is null ? t.HorizonPlaceholder : Capitalize(CoachText.Fill(StartsWithTimeWord(horizon) ? t.HorizonWithTimeWordFormat : t.HorizonFormat, horizon)),
            change ?? (outcome.Count > 0 ? CoachText.Fill(t.ChangeExampleFormat, outcome[0]) : t.ChangePlaceholder),
            targetGroup ?? t.TargetGroupPlaceholder,
            baseline ?? t.BaselinePlaceholder,
            target ?? t.TargetPlaceholder)), placeholders);
    }

    private static bool StartsWithTimeWord(string horizon)
    {
        var first = horizon.Split(' ', 2)[0].ToLowerInvariant();
        return first is "over" or "binnen" or "in" or "eind" or "einde" or "per" or "voor" or "vóór" or "uiterlijk" or "na" or "medio" or "begin"
            or "de" or "komende" or "aan" or "tot" or "ultimo" or "deze" or "volgend" or "komend" or "halverwege";
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
