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
        var (nl, en) = Suggestion(facts);
        return new ResultAssessment(criteria, nl, en);
    }

    private static CriterionVerdict TargetGroup(ResultFacts f)
    {
        if (Verdicts.Filled(f.Draft.TargetGroup))
        {
            var group = f.Draft.TargetGroup!.Trim();
            return Verdicts.Passed(CriterionIds.TargetGroup,
                $"Duidelijk voor wie: ‘{group}’.",
                $"Clear who it is for: ‘{group}’.",
                [$"doelgroep: {group}"]);
        }

        var groups = f.TargetGroupSurfaces();
        if (groups.Count > 0)
        {
            return Verdicts.Passed(CriterionIds.TargetGroup,
                $"Je noemt de doelgroep: {Verdicts.Quote(groups)}.",
                $"You name the target group: {Verdicts.Quote(groups)}.",
                groups);
        }

        return Verdicts.Failed(CriterionIds.TargetGroup,
            "Noem voor welke inwoners dit resultaat geldt, bijvoorbeeld ‘75-plussers in Kesteren’ of ‘jongeren van 16 tot 23 jaar’.",
            "Say which residents this result is for, for example ‘over-75s in Kesteren’ or ‘young people aged 16 to 23’.",
            []);
    }

    // Failed when the main clause talks about how organisations work (samenwerking, afstemming) or what they
    // need (voldoende middelen) and not about a change for residents; also when professionals are the subject
    // of a process verb ("professionals signaleren eerder"), even if residents are mentioned.
    private static CriterionVerdict ContentNotProcess(ResultFacts f)
    {
        var process = f.MainHits(LexiconLists.ProcessTerms);
        var preconditions = f.MainHits(LexiconLists.PreconditionTerms);
        var words = process.Concat(preconditions).Select(h => f.A.Surface(h)).Distinct().ToList();

        // An organisation as subject, with no change for residents and no output, is process too:
        // "De gemeente zet in op preventie", "Alle scholen hebben een aandachtsfunctionaris".
        if (words.Count == 0 && f.ActorIsSubject && !f.HasMainContent && f.OutputHits().Count == 0)
        {
            words.AddRange(f.MainHits(LexiconLists.ProcessActors).Take(1).Select(h => f.A.Surface(h)));
        }

        if (words.Count > 0 && (!f.HasMainContent || f.ActorIsSubject))
        {
            var isPrecondition = preconditions.Count > 0 && process.Count == 0;
            return Verdicts.Failed(CriterionIds.ContentNotProcess,
                isPrecondition
                    ? $"Dit is een randvoorwaarde ({Verdicts.Quote(words)}): wat organisaties nodig hebben. Beschrijf wat er daardoor voor inwoners verandert."
                    : $"Dit gaat over hoe organisaties werken ({Verdicts.Quote(words)}). Beschrijf wat er daardoor voor inwoners verandert; de samenwerking is een middel, geen resultaat.",
                isPrecondition
                    ? $"This is a precondition ({Verdicts.Quote(words)}): what organisations need. Describe what changes for residents because of it."
                    : $"This is about how organisations work ({Verdicts.Quote(words)}). Describe what changes for residents; cooperation is a means, not a result.",
                words);
        }

        var content = f.ContentSurfaces();
        return Verdicts.Passed(CriterionIds.ContentNotProcess,
            content.Count > 0
                ? $"Het resultaat gaat over wat er voor inwoners verandert ({Verdicts.Quote(content)})."
                : "Het resultaat gaat niet over samenwerking of middelen van organisaties.",
            content.Count > 0
                ? $"The result is about what changes for residents ({Verdicts.Quote(content)})."
                : "The result is not about how organisations cooperate or what they need.",
            content);
    }

    private static CriterionVerdict OutcomeNotOutput(ResultFacts f)
    {
        var output = f.OutputSurfaces();
        if (output.Count > 0)
        {
            return Verdicts.Failed(CriterionIds.OutcomeNotOutput,
                $"Dit telt wat er gedaan of geleverd wordt ({Verdicts.Quote(output)}). Dat is output: 120 koffieochtenden zeggen nog niet of de eenzaamheid daalt. Beschrijf wat deelnemers of inwoners ervan merken.",
                $"This counts what is done or delivered ({Verdicts.Quote(output)}). That is output: 120 coffee mornings do not tell whether loneliness went down. Describe what participants or residents notice.",
                output);
        }

        var outcome = f.OutcomeSurfaces();
        return Verdicts.Passed(CriterionIds.OutcomeNotOutput,
            outcome.Count > 0
                ? $"Je beschrijft een effect voor inwoners ({Verdicts.Quote(outcome)}), geen aantal activiteiten."
                : "Geen output gevonden: het resultaat telt geen activiteiten of producten.",
            outcome.Count > 0
                ? $"You describe an effect for residents ({Verdicts.Quote(outcome)}), not a number of activities."
                : "No output found: the result does not count activities or products.",
            outcome);
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
            return Verdicts.Passed(CriterionIds.Measurable,
                $"Meetbaar: {Verdicts.Quote(evidence)}.",
                $"Measurable: {Verdicts.Quote(evidence)}.",
                evidence);
        }

        return Verdicts.Failed(CriterionIds.Measurable,
            "Hoeveel? Noem een getal of percentage, liefst van nul-meting naar streefwaarde, bijvoorbeeld ‘van 40% naar 30%’.",
            "How much? Give a number or percentage, ideally from baseline to target, for example ‘from 40% to 30%’.",
            []);
    }

    private static CriterionVerdict TimeBound(ResultFacts f)
    {
        if (Verdicts.Filled(f.Draft.Horizon))
        {
            var horizon = f.Draft.Horizon!.Trim();
            return Verdicts.Passed(CriterionIds.TimeBound,
                $"Er staat een termijn bij: ‘{horizon}’.",
                $"It has a time frame: ‘{horizon}’.",
                [$"termijn: {horizon}"]);
        }

        var horizons = f.Numbers.Horizons.Select(h => f.A.Surface(h.Start, h.End)).ToList();
        if (horizons.Count > 0)
        {
            return Verdicts.Passed(CriterionIds.TimeBound,
                $"Er staat een termijn bij: {Verdicts.Quote(horizons)}.",
                $"It has a time frame: {Verdicts.Quote(horizons)}.",
                horizons);
        }

        var baselineYears = f.Numbers.BaselineYears.Select(h => f.A.Surface(h.Start, h.End)).ToList();
        return Verdicts.Failed(CriterionIds.TimeBound,
            baselineYears.Count > 0
                ? $"{Verdicts.Quote(baselineYears)} is het vertrekpunt. Wanneer wil je het bereikt hebben? Bijvoorbeeld ‘over 3 jaar’ of ‘eind 2027’."
                : "Wanneer wil je dit bereikt hebben? Noem een termijn, bijvoorbeeld ‘over 3 jaar’ of ‘eind 2027’.",
            baselineYears.Count > 0
                ? $"{Verdicts.Quote(baselineYears)} is the starting point. By when do you want to get there? For example ‘in 3 years’ or ‘end of 2027’."
                : "By when do you want to achieve this? Give a time frame, for example ‘in 3 years’ or ‘end of 2027’.",
            baselineYears);
    }

    // A vague verb (versterken, verbeteren, bevorderen, tegengaan) is fine when it has a measurable object: a
    // number, or a concrete outcome such as eenzaamheid or schulden. An abstract noun (regie, leefbaarheid) needs a
    // number, a concrete outcome, or a target group that changes. Two or three words are never concrete enough.
    private static CriterionVerdict Concrete(ResultFacts f)
    {
        var vague = f.NonMeansHits(LexiconLists.VagueVerbs).Select(h => f.A.Surface(h)).ToList();
        var empty = f.NonMeansHits(LexiconLists.EmptyPhrases).Select(h => f.A.Surface(h)).ToList();
        var abstractWords = f.NonMeansHits(LexiconLists.AbstractTerms).Select(h => f.A.Surface(h)).ToList();
        var hasQuantity = f.Numbers.Quantities.Count > 0 || Verdicts.Filled(f.Draft.Target);
        var concrete = f.OutcomeSurfaces();
        var words = f.A.Tokens.Count(t => t.IsWord || t.IsNumber);

        if (words < MinimumWords)
        {
            var evidence = vague.Concat(abstractWords).ToList();
            return Verdicts.Failed(CriterionIds.Concrete,
                "Dit is nog een kop, geen resultaat. Schrijf een hele zin: bij wie verandert wat, hoeveel en wanneer?",
                "This is still a heading, not a result. Write a full sentence: what changes for whom, by how much and by when?",
                evidence.Count > 0 ? evidence : [f.A.Text.Trim()]);
        }

        // "aandacht voor", "inzetten op" never say what changes, whatever their object.
        var emptyWithoutNumber = empty.Count > 0 && !hasQuantity;
        vague.AddRange(empty);
        var vagueWithoutObject = emptyWithoutNumber || (vague.Count > 0 && !hasQuantity && concrete.Count == 0);
        var abstractWithoutChange = abstractWords.Count > 0 && !hasQuantity && concrete.Count == 0 && !(f.HasTargetGroup && f.HasMainChange);
        if (vagueWithoutObject || abstractWithoutChange)
        {
            var evidence = vague.Concat(abstractWords).Distinct().ToList();
            return Verdicts.Failed(CriterionIds.Concrete,
                $"{Verdicts.Quote(evidence)} is te groot en te abstract: veel organisaties werken eraan en je kunt er niets concreets aan hangen. Wat merken inwoners er precies van? Bijvoorbeeld ‘minder 75-plussers voelen zich eenzaam’.",
                $"{Verdicts.Quote(evidence)} is too big and abstract: many organisations work on it and nothing concrete can be attached. What exactly do residents notice? For example ‘fewer over-75s feel lonely’.",
                evidence);
        }

        var good = concrete.Count > 0 ? concrete : f.Numbers.Quantities.Select(q => f.A.Surface(q.Start, q.End)).ToList();
        return Verdicts.Passed(CriterionIds.Concrete,
            good.Count > 0 ? $"Concreet: {Verdicts.Quote(good)}." : "Concreet geformuleerd, zonder vage werkwoorden.",
            good.Count > 0 ? $"Concrete: {Verdicts.Quote(good)}." : "Concretely worded, without vague verbs.",
            good);
    }

    private static CriterionVerdict SingleResult(ResultFacts f)
    {
        var joins = f.ResultJoins();
        if (joins.Count > 0)
        {
            return Verdicts.Failed(CriterionIds.SingleResult,
                $"Hier staan meer resultaten in één zin (verbonden met {Verdicts.Quote(joins)}). Maak er losse resultaten van, dan kun je elk apart meten.",
                $"This sentence holds more than one result (joined by {Verdicts.Quote(joins)}). Split them so each can be measured on its own.",
                joins);
        }

        return Verdicts.Passed(CriterionIds.SingleResult,
            "Eén resultaat per zin: goed.",
            "One result per sentence: good.",
            []);
    }

    private static (string Nl, string En) Suggestion(ResultFacts f)
    {
        var d = f.Draft;
        var horizon = Verdicts.Filled(d.Horizon) ? d.Horizon!.Trim()
            : f.Numbers.Horizons.Count > 0 ? f.A.Surface(f.Numbers.Horizons[0].Start, f.Numbers.Horizons[0].End) : null;
        var groups = f.TargetGroupSurfaces();
        var group = Verdicts.Filled(d.TargetGroup) ? d.TargetGroup!.Trim() : groups.Count > 0 ? groups[0] : null;
        var change = Verdicts.Filled(d.Change) ? d.Change!.Trim() : null;
        var fromTo = f.Numbers.FromTo;
        var baseline = Verdicts.Filled(d.Baseline) ? d.Baseline!.Trim() : fromTo.Count == 2 ? f.A.Surface(fromTo[0].Start, fromTo[0].End) : null;
        var target = Verdicts.Filled(d.Target) ? d.Target!.Trim() : fromTo.Count == 2 ? f.A.Surface(fromTo[1].Start, fromTo[1].End) : null;
        var outcome = f.OutcomeSurfaces();

        var nlHorizon = horizon is null ? "Over [termijn]" : Capitalize(StartsWithTimeWord(horizon) ? horizon : $"in {horizon}");
        var nlChange = change ?? (outcome.Count > 0 ? $"[verandering, bijv. ‘{outcome[0]}’]" : "[verandering]");
        var nl = $"{nlHorizon} {nlChange} bij {group ?? "[doelgroep]"}, van {baseline ?? "[nul-meting]"} naar {target ?? "[streefwaarde]"}.";

        var enHorizon = horizon is null ? "In [time frame]" : $"By ‘{horizon}’";
        var enChange = change ?? (outcome.Count > 0 ? $"[change, e.g. ‘{outcome[0]}’]" : "[change]");
        var en = $"{enHorizon}, {enChange} for {group ?? "[target group]"}, from {baseline ?? "[baseline]"} to {target ?? "[target]"}.";
        return (nl, en);
    }

    private static bool StartsWithTimeWord(string horizon)
    {
        var first = horizon.Split(' ', 2)[0].ToLowerInvariant();
        return first is "over" or "binnen" or "in" or "eind" or "einde" or "per" or "voor" or "vóór" or "uiterlijk" or "na" or "medio" or "begin"
            or "de" or "komende" or "aan" or "tot" or "ultimo" or "deze" or "volgend" or "komend" or "halverwege";
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
