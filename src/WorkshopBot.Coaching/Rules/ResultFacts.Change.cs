using WorkshopBot.Coaching.Text;

namespace WorkshopBot.Coaching.Rules;

// Round 5: output by default when residents are in the main clause but nothing changes for them.
internal sealed partial class ResultFacts
{
    /// <summary>The entry of an output hit that says "residents, but no change": the evidence is the predicate.</summary>
    public const string NoChangeEntry = "geen verandering";

    private string? shareChange;

    /// <summary>Round 9: what a share of the residents does, when that is the evidence of a change (null otherwise).</summary>
    public string? ShareChange
    {
        get
        {
            OutputHits();
            return shareChange;
        }
    }

    /// <summary>
    /// Residents in the main clause with no positive evidence of a change for them — no outcome word, no change
    /// marker, no outcome predicate (<c>durven</c>, <c>lossen af</c>, <c>wonen</c>, <c>lid van</c> …) — are only
    /// taking part, receiving or being counted: "vijftig vergunninghouders doorlopen het traject", "zestig ouderen
    /// worden gekoppeld aan een buurtmaatje". Whatever the verb, that is output. Not when the statement is process,
    /// vague or abstract: those criteria say what is wrong.
    /// </summary>
    private void AddUnchangedResidents()
    {
        if (output!.Count > 0)
        {
            return;
        }

        // Residents must be who the main clause is about: not after an organisation that acts on them ("de POH en
        // het wijkteam pakken casussen op van inwoners", "worden door het CJG gebeld"); that is for the process rule.
        // An organisation that does something for residents ("de bibliotheek leent 200 laptops uit aan gezinnen")
        // delivers output too, when the residents are only its object and the delivery is counted; without a count
        // ("pakken samen casussen op van inwoners") it is how the organisation works, for the process rule.
        var group = TargetGroupSpans().Where(s => Roles[s.Start] == ClauseRole.Main).Select(s => (Span?)s).FirstOrDefault();
        if (group is not { } g || (ActorIsSubject && (!AfterPreposition(g.Start) || !Numbers.Quantities.Any(q => Roles[q.Start] == ClauseRole.Main))) || PassiveAgentActor() is not null ||
            MainHits(LexiconLists.PartnerActors).Exists(h => h.Start < g.Start) || HasChangeEvidence() || IsProcessOrVague())
        {
            return;
        }

        // Round 13: going to an ordinary place at a rhythm ("bezoekt nog maandelijks de bieb") is behaviour.
        if (A.Hits(LexiconLists.DeliveryVerbs).Find(v => Roles[v.Start] == ClauseRole.Main && VisitsOrdinaryPlace(v)) is { Length: > 0 } visit)
        {
            shareChange = A.Surface(visit.Start, ClauseEnd(visit.End));
            return;
        }

        // Round 15: the same with the verb before the group and "naar" after it ("gaan 300 ouderen … wekelijks naar de sportschool").
        if (InvertedOrdinaryVisit(g) is { } inverted)
        {
            shareChange = inverted;
            return;
        }

        // Round 16: ordinary behaviour or a state of their own ("reizen vaker naar de markt", "hebben een vaste huisarts").
        if (EverydayBehaviour(g) is { } everyday)
        {
            shareChange = everyday;
            return;
        }

        var (start, end) = Predicate(g);
        if (end <= start)
        {
            return;
        }

        // Round 9: a share of the residents that does something other than taking part, receiving, being reached or
        // being helped ("60% van de huishoudens zet elke maand geld opzij") says how they behave now: a change.
        // "drie op de tien statushouders" looks like residents after a preposition: read on to the end of the clause.
        // Round 10: a group before a colon is the subject of the share after it; a counted group with a qualifier of a
        // behaviour or state (weer, N uur per week, the perfect tense) does something, not only takes part.
        if (ColonGroupShare(g) is { } colonShare)
        {
            shareChange = colonShare;
            return;
        }

        var shareEnd = Math.Max(end, Math.Min(ClauseEnd(g.End), g.End + 8));
        // Round 12: a share that takes part more often, or at a rhythm against a baseline, changes its behaviour.
        if (((IsShare(g) || IsHabit(start, shareEnd) || IsQualifiedBehaviour(g, start, shareEnd)) && !NamesOutputClass(start, shareEnd)) ||
            (IsShare(g) && TakesPartMoreOften(start, shareEnd)))
        {
            shareChange = A.Surface(start, shareEnd);
            return;
        }

        output!.Add(new Hit(start, end - start, NoChangeEntry));
    }

    // Positive evidence that something changes for residents: an outcome word, a change marker ("minder", "vaker",
    // "daalt") or an outcome predicate, outside a relative clause that only says which residents ("80-plussers die
    // alleen wonen") and not as the object of "met/zonder" inside the group ("jongeren met een uitkering").
    private bool HasChangeEvidence()
    {
        var t = A.Tokens;
        var qualifiers = Qualifiers();
        bool Qualifying(Hit h) => qualifiers.Exists(q => h.Start >= q.Start && h.Start < q.End) || IsCountedGroupAdjective(h);
        if (ContentHits().Exists(h => Roles[h.Start] == ClauseRole.Main && !Qualifying(h)) ||
            MainHits(LexiconLists.ChangePredicates).Exists(h => !A.IsNameOrTopic(h.Start) && !Qualifying(h) && !TakesOutputObject(h)))
        {
            return true;
        }

        // "meer jongeren naar het jongerencentrum": more people is a change only when they are more of something
        // ("meer jongeren met een baan"); "minder 18-minners", "minder daklozen" is fewer people in a situation.
        foreach (var marker in MainHits(LexiconLists.ChangeMarkers))
        {
            var group = TargetGroupSpans().Find(s => s.Start == marker.End);
            var inGroup = A.Hits(LexiconLists.OutcomeTerms).Concat(A.Hits(LexiconLists.ChangePredicates)).Any(h => h.Start > group.Start && h.Start < group.End);
            if (!(marker.Length == 1 && t[marker.Start].Text == "meer" && group.End > group.Start && !inGroup))
            {
                return true;
            }
        }

        return false;
    }

    // Round 9: "haalt een pakket", "spreken een budgetcoach": a verb whose object is an activity, product or service
    // (an output noun within three words) says what residents get or use, not what changes for them.
    private bool TakesOutputObject(Hit predicate)
    {
        var t = A.Tokens;
        // Knowing, feeling and saying take a topic, not a service: "weet welke toeslagen ze kunnen aanvragen".
        if (predicate.Length != 1 || !char.IsLower(A.Text[t[predicate.Start].Start]) ||
            predicate.Entry is "weten" or "weet" or "kennen" or "kent" or "begrijpen" or "durven" or "durft" or "voelen" or "voelt" or "vinden" or "vindt" or
                "zeggen" or "zegt" or "leren" or "lezen" or "vertrouwen" or "vertrouwt" ||
            // Round 13: explaining is a skill whatever it explains ("kan uitleggen welke kindregeling ze krijgen").
            predicate.Entry is "uitleggen" or "legt uit" or "leggen uit" or "uit te leggen" ||
            // Round 12: doing something oneself ("kan zelf zijn zorgtoeslag aanvragen") is independence, whatever the object.
            predicate.Entry is "zelf" or "zelfstandig")
        {
            return false;
        }

        // Past the subject of an inverted clause ("haalt 30% van de gezinnen een pakket"): numbers, shares and groups
        // do not count towards the three words.
        var words = 0;
        for (var k = predicate.End; k < t.Length && words < 3 && (!t[k].IsPunctuation || t[k].Kind == TokenKind.Percent); k++)
        {
            // "70% van de deelnemers aan de taalcursus": a qualifier of the subject, not the object.
            if (k > predicate.End && A.IsHit(LexiconLists.TargetGroups, k - 1) && t[k].Text is "aan" or "van" or "bij" or "uit" or "met" or "zonder")
            {
                k += k + 1 < t.Length && t[k + 1].Text is "de" or "het" or "een" ? 2 : 1;
                continue;
            }

            if (A.IsHit(LexiconLists.OutputNouns, k) && !A.IsHit(LexiconLists.TargetGroups, k) && !A.IsHit(LexiconLists.ChangePredicates, k) && !A.IsHit(LexiconLists.OutcomeTerms, k))
            {
                return true;
            }

            var subject = A.IsHit(LexiconLists.TargetGroups, k) || t[k].IsNumber || t[k].Kind == TokenKind.Percent || InHorizon(k) ||
                t[k].Text is "van" or "de" or "het" or "op" or "hun" || A.IsHit(LexiconLists.QuantityPhrases, k);
            words += subject ? 0 : 1;
        }

        return false;
    }

    // Relative clauses after a group ("die alleen wonen", "dat de cursus volgt") up to their final verb, and the
    // words after "met"/"zonder" inside a group span.
    private List<Span> Qualifiers()
    {
        var t = A.Tokens;
        var spans = new List<Span>();
        foreach (var group in TargetGroupSpans())
        {
            // "met weinig geld", "met een laag inkomen", "met een licht verstandelijke beperking": the article, the
            // adjectives and one noun after met/zonder ("… met een Wajong-uitkering betaald werk": werk is what they have).
            var with = Array.FindIndex(t, group.Start, group.End - group.Start, x => x.Text is "met" or "zonder");
            // Round 10: "zonder hulp", "zonder begeleiding" says how they do something (independence), not who they are.
            if (with >= 0 && !(t[with].Text == "zonder" && with + 1 < t.Length && t[with + 1].Text is "hulp" or "begeleiding" or "ondersteuning" or "steun" or "toezicht" or "tussenkomst"))
            {
                var noun = with + 1;
                if (noun < t.Length && t[noun].Text is "een" or "de" or "het" or "hun")
                {
                    noun++;
                }

                // Round 10: a noun ending in -e ("startkwalificatie") is no adjective when an adverb or a change follows
                // ("zonder startkwalificatie weer in de schoolbanken").
                while (noun + 1 < t.Length && noun < with + 4 && IsAdjectiveLike(t[noun].Text) &&
                    !(t[noun + 1].Text is "weer" or "nog" or "niet" or "zelf" or "ook" or "vaker" or "minder" or "meer"))
                {
                    noun++;
                }

                spans.Add(new Span(with, Math.Min(noun + 1, t.Length)));
            }

            var k = group.End;
            if (k < t.Length && t[k].Text is "die" or "dat")
            {
                var end = k + 1;
                while (end < t.Length && !t[end].IsPunctuation && !IsVerbAt(end) && !LooksLikeRelativeEnd(end))
                {
                    end++;
                }

                spans.Add(new Span(k, Math.Min(t.Length, end + 1)));
            }
        }

        // "een ontmoetingsplek waar eenzame inwoners binnen kunnen lopen": a waar-clause says what the place is for.
        for (var i = 0; i < t.Length; i++)
        {
            if (t[i].Text is "waar" or "waarin" or "waarbij" or "waarmee" or "waarop" && i > 0 && !t[i - 1].IsPunctuation)
            {
                var end = i + 1;
                while (end < t.Length && !t[end].IsPunctuation)
                {
                    end++;
                }

                spans.Add(new Span(i, end));
            }
        }

        return spans;
    }

    // A verb the lexicons do not know that ends the relative clause because a new phrase follows: "die in 2024 kwamen
    // het examen …", "die het traject afrondden een baan".
    private bool LooksLikeRelativeEnd(int index)
    {
        var t = A.Tokens;
        var word = t[index].Text;
        var verbLike = word.Length > 3 && (word.EndsWith("en", StringComparison.Ordinal) || word.EndsWith("de", StringComparison.Ordinal) ||
            word.EndsWith("te", StringComparison.Ordinal) || word.EndsWith('t'));
        return verbLike && index + 1 < t.Length && (t[index + 1].IsNumber || t[index + 1].Text is "de" or "het" or "een" or "hun" or "zijn" or "haar");
    }

    private static bool IsAdjectiveLike(string word) =>
        word.EndsWith('e') || word is "laag" or "hoog" or "klein" or "groot" or "eigen" or "weinig" or "veel" or "licht" or "zwaar" or "smal" or "chronisch" or "psychisch";

    // "aan gezinnen", "bij alle 80-jarigen": a preposition within three words before the group, with no verb or
    // horizon in between ("In 2026 maken 60 jongeren" is not).
    private bool AfterPreposition(int index)
    {
        var t = A.Tokens;
        for (var k = index - 1; k >= 0 && k >= index - 3 && !t[k].IsPunctuation && !InHorizon(k) && !IsVerbAt(k); k--)
        {
            if (t[k].Text is "bij" or "voor" or "aan" or "met" or "van" or "onder" or "over" or "tussen" or "naar" or "tot" or "op")
            {
                return true;
            }
        }

        return false;
    }

    private string? InvertedOrdinaryVisit(Span group)
    {
        var t = A.Tokens;
        var go = Array.FindIndex(t, x => x.Text is "gaan" or "gaat" or "komen" or "komt");
        var toward = go >= 0 && go < group.Start && Roles[go] == ClauseRole.Main ? Array.FindIndex(t, group.End, x => x.Text == "naar") : -1;
        if (toward < 0 || Roles[toward] != ClauseRole.Main)
        {
            return null;
        }

        var place = A.Hits(LexiconLists.OrdinaryPlaces).Find(h => h.Start > toward && h.Start <= toward + 2 && !A.IsHit(LexiconLists.OutputNouns, h.Start));
        var rhythm = Enumerable.Range(go, toward - go).Any(k => t[k].Text is "wekelijks" or "maandelijks" or "dagelijks" or "elke" or "iedere" or "per" or "vaker" or "weer" or "regelmatig");
        return place.Length > 0 && rhythm ? A.Surface(toward, place.End) : null;
    }

    private bool IsVerbAt(int index) =>
        A.MatchAt(LexiconLists.ClauseVerbs, index) > 0 || A.MatchAt(LexiconLists.ChangePredicates, index) > 0 ||
        A.MatchAt(LexiconLists.DeliveryVerbs, index) > 0 || A.MatchAt(LexiconLists.ParticipationVerbs, index) > 0;

    private bool IsProcessOrVague() =>
        NonMeansHits(LexiconLists.VagueVerbs).Count > 0 || NonMeansHits(LexiconLists.AbstractTerms).Count > 0 ||
        NonMeansHits(LexiconLists.EmptyPhrases).Count > 0 || NonMeansHits(LexiconLists.VagueOutcomePhrases).Count > 0 || IdealImages().Count > 0 ||
        MainProcessHits().Count > 0 || MainHits(LexiconLists.ProcessFrames).Count > 0 ||
        MainHits(LexiconLists.PreconditionTerms).Count > 0 || TimelinessSurfaces().Count > 0 || HiddenActor() is not null;

    // The words that say what the residents do or get: from a verb before the group ("lopen 80 kinderen mee …") or
    // from the group on, up to six words of the rest of the main clause; a horizon inside it is read over. When the
    // group comes last, what comes before it ("de bibliotheek leent … uit aan").
    private (int Start, int End) Predicate(Span group)
    {
        var t = A.Tokens;
        var qualifiers = Qualifiers();
        bool Skipped(int k) => InHorizon(k) || t[k].IsNumber || A.IsHit(LexiconLists.TargetGroups, k) || qualifiers.Exists(q => k >= q.Start && k < q.End) ||
            A.MatchAt(LexiconLists.GroupDeterminers, k) > 0;
        bool Stop(int k) => t[k].IsPunctuation || Roles[k] != ClauseRole.Main;

        // Residents as the object of a preposition: what comes before them says what they get.
        if (AfterPreposition(group.Start))
        {
            var first = Enumerable.Range(0, group.Start).FirstOrDefault(k => !Stop(k) && !InHorizon(k) && t[k].IsWord && char.IsLetter(A.Text[t[k].Start]) && !(k + 1 < t.Length && t[k + 1].Text == ":"), group.Start);
            return (first, group.End);
        }

        // An inverted verb: the word right before the group, past its numbers and determiners ("In 2026 maken 60 jongeren").
        var before = group.Start - 1;
        while (before >= 0 && !Stop(before) && (t[before].IsNumber || A.MatchAt(LexiconLists.GroupDeterminers, before) > 0 || A.IsHit(LexiconLists.QuantityPhrases, before)))
        {
            before--;
        }

        var start = before >= 0 && !Stop(before) && !InHorizon(before) ? before : group.Start;
        var end = group.End;
        var words = 0;
        while (end < t.Length && words < 6 && !Stop(end))
        {
            words += Skipped(end) ? 0 : 1;
            end++;
        }

        return (start, end);
    }
}
