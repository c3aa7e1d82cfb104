using WorkshopBot.Coaching.Text;

namespace WorkshopBot.Coaching.Rules;

/// <summary>Derived facts about one result statement, shared by the result rules.</summary>
internal sealed partial class ResultFacts
{
    private const int CountLookahead = 3;
    private const int ParticipationLookahead = 6;
    private const int QualifierLookback = 10;
    private List<Span>? targetGroupSpans;
    private List<Hit>? output;

    public ResultFacts(TextAnalysis a, ClauseRole[] roles, NumberFacts numbers, ResultDraft draft)
    {
        A = a;
        Roles = roles;
        Numbers = numbers;
        Draft = draft;
    }

    public TextAnalysis A { get; }

    public ClauseRole[] Roles { get; }

    public NumberFacts Numbers { get; }

    public ResultDraft Draft { get; }

    public bool HasTargetGroup => Verdicts.Filled(Draft.TargetGroup) || TargetGroupSpans().Count > 0;

    public bool HasMainChange => MainHits(LexiconLists.ChangeMarkers).Count > 0 || MainHits(LexiconLists.VagueVerbs).Count > 0;

    /// <summary>The main clause says something changes for residents.</summary>
    public bool HasMainContent =>
        ContentHits().Exists(h => Roles[h.Start] == ClauseRole.Main) ||
        (TargetGroupSpans().Exists(s => Roles[s.Start] == ClauseRole.Main) && MainHits(LexiconLists.ChangeMarkers).Count > 0);

    /// <summary>The first person noun in the main clause is an organisation or professional, not residents.</summary>
    public bool ActorIsSubject
    {
        get
        {
            // "de zomerweek van het jongerenwerk": an organisation after a preposition is not who acts.
            // Round 15: nor a label before a colon ("Teams: mijn voorstel → …"): the channel or document, not who acts.
            var actor = MainHits(LexiconLists.ProcessActors).Where(h => !AfterPreposition(h.Start) && !(h.End < A.Count && A.Tokens[h.End].Text == ":"))
                .Select(h => h.Start).DefaultIfEmpty(int.MaxValue).Min();
            var group = TargetGroupSpans().Where(s => Roles[s.Start] == ClauseRole.Main).Select(s => s.Start).DefaultIfEmpty(int.MaxValue).Min();
            return actor < group || PassiveAgentActor() is not null;
        }
    }

    /// <summary>
    /// "… worden door het sociaal team sneller geholpen": the organisation hidden as the agent of a passive. It is
    /// in a means clause for the other rules, but it is who acts, so the result is about the organisation.
    /// </summary>
    public string? PassiveAgentActor()
    {
        var t = A.Tokens;
        if (!t.Any(x => x.Text is "wordt" or "worden" or "werd" or "werden"))
        {
            return null;
        }

        for (var i = 0; i + 1 < t.Length; i++)
        {
            if (t[i].Text != "door")
            {
                continue;
            }

            var k = i + 1;
            while (k < t.Length && t[k].Text is "de" or "het" or "een")
            {
                k++;
            }

            var actor = A.MatchAt(LexiconLists.ProcessActors, k);
            if (actor > 0)
            {
                return A.Surface(i, k + actor);
            }
        }

        return null;
    }

    /// <summary>
    /// Who acts when the grammar hides it: an organisation as the agent of a passive whose subject is not a group
    /// of residents ("door het wijkteam worden … huisbezoeken afgelegd bij ouderen"), or a partner such as
    /// werkgevers or scholen as the subject, before any residents. Null when residents are the subject.
    /// </summary>
    public string? HiddenActor()
    {
        var subjectGroup = TargetGroupSpans().Where(s => Roles[s.Start] == ClauseRole.Main && !IsPrepositionalObject(s.Start))
            .Select(s => s.Start).DefaultIfEmpty(int.MaxValue).Min();
        if (subjectGroup == int.MaxValue && PassiveAgentActor() is { } agent)
        {
            return agent;
        }

        // The partner is the subject when it comes before the first verb: "Werkgevers in de regio bieden …", not
        // "… heeft een eigen huisarts".
        var firstVerb = MainHits(LexiconLists.ClauseVerbs).Concat(MainHits(LexiconLists.ChangeMarkers)).Select(h => h.Start).DefaultIfEmpty(int.MaxValue).Min();
        // Round 11: or right after it in an inverted clause, past a number ("In 2027 nemen vijf basisscholen … op").
        var partner = MainHits(LexiconLists.PartnerActors).Where(h => !IsPrepositionalObject(h.Start) && (h.Start < firstVerb || InvertedSubject(firstVerb, h.Start)))
            .Select(h => (Hit?)h).FirstOrDefault();
        return partner is { } p && p.Start < subjectGroup ? A.Surface(p) : null;
    }

    private bool InvertedSubject(int verb, int index)
    {
        var t = A.Tokens;
        var k = verb + Math.Max(1, A.MatchAt(LexiconLists.ClauseVerbs, verb));
        while (k < index && (t[k].IsNumber || A.MatchAt(LexiconLists.GroupDeterminers, k) > 0 || t[k].Text is "de" or "het" or "alle"))
        {
            k++;
        }

        return k == index && index > verb;
    }

    /// <summary>A training word whose trainees are residents: a group before it and no organisation before it.</summary>
    public bool ResidentsAreTrained(Hit processHit)
    {
        if (!TrainingWords.IsTrainedParticiple(A.Tokens[processHit.Start].Text))
        {
            return false;
        }

        return TargetGroupSpans().Exists(s => s.End <= processHit.Start && Roles[s.Start] == ClauseRole.Main) &&
            !MainHits(LexiconLists.ProcessActors).Exists(h => h.Start < processHit.Start);
    }

    // "bij ouderen", "aan alle jongeren", "op alle 5 middelbare scholen": the group is the object of a preposition
    // (within four words before it), not the subject.
    private bool IsPrepositionalObject(int index)
    {
        var t = A.Tokens;
        // Round 11: not past a verb ("In 2027 nemen vijf basisscholen …": the scholen are the subject).
        for (var k = index - 1; k >= 0 && k >= index - 4 && !t[k].IsPunctuation && !IsVerbAt(k); k--)
        {
            if (t[k].Text is "bij" or "voor" or "aan" or "met" or "van" or "onder" or "door" or "over" or "tussen" or "naar" or "tot" or "in" or "op")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Outcome words that belong to a name or a topic, not to a change: "de cursus Omgaan met Eenzaamheid",
    /// "het programma Gezond Opgroeien" (capitalised inside the sentence), "een training over eenzaamheid".
    /// </summary>
    public List<Hit> OutcomeTermHits() => A.Hits(LexiconLists.OutcomeTerms).Where(h => !A.IsNameOrTopic(h.Start)).ToList();

    public List<Hit> MainHits(string list) => A.Hits(list).Where(h => Roles[h.Start] == ClauseRole.Main).ToList();

    /// <summary>
    /// Process words in the main clause, not counting a leading heading without a verb ("Uitvoeringsagenda 2026-2027,
    /// actie 2.4: de buurtbus rijdt …"): the heading names the document, not how organisations work.
    /// </summary>
    public List<Hit> MainProcessHits()
    {
        var t = A.Tokens;
        var colon = Array.FindIndex(t, x => x.Text == ":");
        var heading = colon > 0 && colon <= 8 && !Enumerable.Range(0, colon).Any(k => A.MatchAt(LexiconLists.ClauseVerbs, k) > 0) ? colon : -1;
        return MainHits(LexiconLists.ProcessTerms).Where(h => h.Start > heading).ToList();
    }

    public List<Hit> NonMeansHits(string list) => A.Hits(list).Where(h => Roles[h.Start] != ClauseRole.Means).ToList();

    public List<string> TargetGroupSurfaces() =>
        TargetGroupSpans().Select(s => A.Surface(s.Start, s.End)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>
    /// The evidence of the outcome criterion: the outcome words, or (round 9) what a share of the residents does, or an
    /// outcome predicate ("zelf", "koken", "terugvallen op") or a change marker ("minder vaak"), so a pass names its words
    /// when it has any.
    /// </summary>
    public List<string> OutcomeEvidence()
    {
        var surfaces = OutcomeSurfaces();
        if (surfaces.Count > 0 || OutputHits().Count > 0)
        {
            return surfaces;
        }

        if (ShareChange is { } share)
        {
            return [share];
        }

        return MainHits(LexiconLists.ChangePredicates).Where(h => !A.IsNameOrTopic(h.Start)).Concat(MainHits(LexiconLists.ChangeMarkers))
            .Select(h => A.Surface(h)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    public List<string> OutcomeSurfaces(List<Hit>? except = null)
    {
        var outputHits = OutputHits();
        var surfaces = ContentHits()
            .Where(h => !outputHits.Exists(o => o.Overlaps(h)))
            .Where(h => except is null || !except.Exists(e => e.Overlaps(h)))
            .Select(h => A.Surface(h))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return surfaces;
    }

    /// <summary>
    /// Outcome words that say what changes. Not when they only say who ("jongeren zonder startkwalificatie")
    /// or are the object of a process ("vroegsignalering van schulden").
    /// </summary>
    public List<Hit> ContentHits()
    {
        var heads = A.Hits(LexiconLists.ProcessTerms).Concat(A.Hits(LexiconLists.PreconditionTerms)).Concat(A.Hits(LexiconLists.AbstractTerms)).ToList();
        return OutcomeTermHits()
            .Where(h => Roles[h.Start] != ClauseRole.Means)
            .Where(h => !TargetGroupSpans().Exists(s => h.Start >= s.Start && h.Start < s.End && s.Start < h.Start))
            .Where(h => !IsObjectOf(heads, h.Start) && !IsPlanTopic(h.Start))
            .ToList();
    }

    public List<string> ContentSurfaces()
    {
        var content = ContentHits().Where(h => Roles[h.Start] == ClauseRole.Main).Select(h => A.Surface(h)).ToList();
        if (content.Count == 0 && HasTargetGroup && HasMainChange)
        {
            content.AddRange(MainHits(LexiconLists.ChangeMarkers).Take(1).Select(h => A.Surface(h)));
        }

        return content.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>
    /// Target groups outside a means clause. An entry ending in "met", "die", "zonder" or "in" ("mensen met")
    /// is extended with the words that follow, so the evidence reads "mensen met schulden".
    /// </summary>
    public List<Span> TargetGroupSpans()
    {
        if (targetGroupSpans is not null)
        {
            return targetGroupSpans;
        }

        var t = A.Tokens;
        targetGroupSpans = [];
        var organisational = A.Hits(LexiconLists.PreconditionTerms).Concat(A.Hits(LexiconLists.ProcessTerms)).ToList();
        foreach (var hit in A.Hits(LexiconLists.TargetGroups))
        {
            // "voldoende vrijwilligers", "netwerk van vrijwilligers": people as a resource, not as target group.
            if (Roles[hit.Start] == ClauseRole.Means || organisational.Exists(o => o.Overlaps(hit)))
            {
                continue;
            }

            // "zestig vrijwilligers zijn geschoold", "training voor 30 vrijwilligers", "getraind in het werken met
            // laaggeletterden": the people trained are a resource, the group after "met"/"over" the training's topic.
            var training = Array.FindIndex(t, x => TrainingWords.IsTrainedParticiple(x.Text) || x.Text is "training" or "trainingen" or "scholing");
            // Round 9: not when the training is a leading means phrase ("Na de training Omgaan met geld houden deelnemende …").
            if (training >= 0 && Roles[training] != ClauseRole.Means && (hit.Entry.StartsWith("vrijwilliger", StringComparison.Ordinal) ||
                (hit.Start > training && t[training..hit.Start].Any(x => x.Text is "met" or "over" or "herkennen" or "signaleren"))))
            {
                continue;
            }

            // Round 14: "het inloophuis voor dak- en thuislozen is 365 dagen per jaar open": the place is the subject of
            // its opening hours; the group after "voor" only says whom the place is for.
            var open = Array.FindIndex(t, hit.Start, x => x.Text is "open" or "geopend" or "opengesteld");
            if (open > 0 && hit.Start >= 2 && t[hit.Start - 1].Text == "voor" && t[hit.Start - 2].IsWord && Roles[open] == ClauseRole.Main)
            {
                continue;
            }

            // Round 15: residents who make a plan ("actieplan … met bewoners") or for whom an offer is wanted ("Voldoende
            // woonplekken voor …") are not the group a result changes something for.
            if (MakesThePlan(hit.Start) || (hit.Start >= 1 && t[hit.Start - 1].Text == "voor" && SupplyHeadline() is not null))
            {
                continue;
            }

            // "wg Jeugd", "werkgroep Ouderen": the working group's name, not a target group.
            if (hit.Start > 0 && t[hit.Start - 1].Text is "wg" or "werkgroep")
            {
                continue;
            }

            var end = hit.End;
            var qualifier = t[end - 1].Text is "met" or "die" or "zonder" or "in";
            if (!qualifier && end + 1 < t.Length && t[end].Text is "met" or "zonder" or "in" or "uit" or "van" && t[end + 1].IsWord)
            {
                end++;
                qualifier = true;
            }

            if (qualifier)
            {
                // "mensen met een beperking", but "mensen met schulden | een betalingsachterstand".
                var limit = end + 3;
                var first = end;
                // Round 15: "ouderen in Venlo wekelijks naar …": a place name ends the qualifier.
                if (t[end - 1].Text == "in" && end < t.Length && t[end].IsWord && end > 0 && char.IsUpper(A.Text[t[end].Start]))
                {
                    limit = end + 1;
                }

                while (end < t.Length && end < limit && t[end].IsWord && !InHorizon(end) &&
                       !(end > first && t[end].Text is "een" or "de" or "het") &&
                       A.MatchAt(LexiconLists.ClauseVerbs, end) == 0 && A.MatchAt(LexiconLists.ChangeMarkers, end) == 0 &&
                       A.MatchAt(LexiconLists.ResultJoiners, end) == 0 && A.MatchAt(LexiconLists.PurposeMarkers, end) == 0 &&
                       A.MatchAt(LexiconLists.TargetGroups, end) == 0)
                {
                    end++;
                }
            }

            targetGroupSpans.Add(new Span(hit.Start, end));
        }

        // Round 15: "75% van de deelnemende schoonmakers": whoever takes part is the group a share is taken of, even a
        // word that is otherwise a profession ("*makers", "*medewerkers").
        for (var i = 0; i + 1 < t.Length; i++)
        {
            if (t[i].Text is "deelnemende" && t[i + 1].IsWord && t[i + 1].Text.Length > 4 && t[i + 1].Text[^1] is 's' or 'n' &&
                Roles[i] != ClauseRole.Means && !targetGroupSpans.Exists(s => s.Start <= i + 1 && s.End > i + 1))
            {
                targetGroupSpans.Add(new Span(i, i + 2));
            }
        }

        // "65+", "75+": an age group written with a plus sign.
        for (var i = 0; i + 1 < t.Length; i++)
        {
            if (t[i].IsNumber && t[i].FromDigits && t[i + 1].Text == "+" && Roles[i] != ClauseRole.Means)
            {
                targetGroupSpans.Add(new Span(i, i + 2));
            }
        }

        return targetGroupSpans;
    }

    // "vroegsignalering van schulden", "voldoende plekken in de dagbesteding", "preventie van huisuitzettingen":
    // the outcome word is the object of a process, precondition or abstract noun, not a change for residents.
    private bool IsObjectOf(List<Hit> heads, int index)
    {
        var t = A.Tokens;
        var k = index - 1;
        if (k >= 0 && t[k].Text is "de" or "het")
        {
            k--;
        }

        return k >= 1 && t[k].Text is "van" or "bij" or "in" or "voor" or "over" && heads.Exists(h => h.End == k);
    }

    private bool InHorizon(int index) => Numbers.Horizons.Any(h => index >= h.Start && index < h.End);
}
