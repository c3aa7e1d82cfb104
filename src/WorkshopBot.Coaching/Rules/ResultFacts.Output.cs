using WorkshopBot.Coaching.Text;

namespace WorkshopBot.Coaching.Rules;

// Output (activities, products, participation) in the main clause: what the outcome criterion must not find.
internal sealed partial class ResultFacts
{
    public List<string> OutputSurfaces() => OutputHits().Select(h => A.Surface(h)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>
    /// Output in the main clause, by precedence:
    /// 1. an explicit output phrase ("gesprekken gevoerd", "worden bereikt");
    /// 2. a count of output ("aantal bijeenkomsten", "120 koffieochtenden", "meer activiteiten"), unless the counted
    ///    people are qualified by an outcome ("aantal deelnemers dat zich minder eenzaam voelt");
    /// 3. taking part in an activity ("nemen deel aan de cursus", "bezoeken de koffieochtenden"), unless it only
    ///    qualifies a target group ("75-plussers die de koffieochtend bezoeken voelen zich …");
    /// 4. an output noun with a delivery verb ("de koffieochtenden worden georganiseerd"), or an organisation as
    ///    subject of a delivery verb ("de bibliotheek organiseert …").
    /// "Aantal jongeren zonder startkwalificatie daalt" counts residents in a situation, which is outcome.
    /// </summary>
    public List<Hit> OutputHits()
    {
        if (output is not null)
        {
            return output;
        }

        output = [];
        var t = A.Tokens;
        var nouns = A.Hits(LexiconLists.OutputNouns);
        foreach (var hit in A.Hits(LexiconLists.OutputPhrases))
        {
            if (Roles[hit.Start] == ClauseRole.Main && !QualifiesTargetGroup(hit.Start))
            {
                output.Add(hit);
            }
        }

        for (var i = 0; i < t.Length; i++)
        {
            if (Roles[i] != ClauseRole.Main || !IsCountStart(i, out var countLength))
            {
                continue;
            }

            for (var k = i + countLength; k < t.Length && k <= i + countLength + CountLookahead; k++)
            {
                // Round 11: "binnen vijf werkdagen een eerste gesprek": a deadline for the first contact is timeliness (process),
                // not a count of conversations ("binnen zes weken een welkomstgesprek" stays output).
                if (k == i + countLength && t[k].Text is "dagen" or "werkdagen" or "weken" && k + 2 < t.Length && (t[k + 1].Text == "eerste" || t[k + 2].Text == "eerste"))
                {
                    break;
                }

                var noun = nouns.FindIndex(n => n.Start == k);
                if (noun >= 0)
                {
                    // "40% in plaats van 25%": an idiom, not a counted place.
                    if (t[k].Text == "plaats" && t[k - 1].Text == "in" && nouns[noun].End < t.Length && t[nouns[noun].End].Text == "van")
                    {
                        break;
                    }

                    // "de helft van de deelnemers heeft een baan": a share of people, not a count of output.
                    var share = t[i].IsNumber || A.IsHit(LexiconLists.QuantityPhrases, i);
                    // "vier op de vijf deelnemers", "8 op de 10 bezoekers": a share too.
                    var ofThe = (k >= 2 && t[k - 1].Text is "de" or "het" && t[k - 2].Text == "van") ||
                        (k >= 3 && t[k - 1].IsNumber && t[k - 2].Text == "de" && t[k - 3].Text == "op");
                    if (share && ofThe && A.IsHit(LexiconLists.TargetGroups, k))
                    {
                        break;
                    }

                    // "60 bezoekers leren zelf kleine reparaties doen": counted people who then change (round 9).
                    if (!QualifiedByOutcome(nouns[noun].End) && !(t[i].IsNumber && A.IsHit(LexiconLists.TargetGroups, k) && ChangeFollows(nouns[noun].End)))
                    {
                        output.Add(new Hit(i, nouns[noun].End - i, nouns[noun].Entry));
                    }

                    break;
                }

                // Round 12: "vaker mee aan buurtactiviteiten" joins in more often; it does not count activities.
                if (t[k].IsPunctuation || t[k].Text == "mee" || A.MatchAt(LexiconLists.ClauseVerbs, k) > 0 || A.MatchAt(LexiconLists.TargetGroups, k) > 0)
                {
                    break;
                }
            }
        }

        foreach (var verb in A.Hits(LexiconLists.ParticipationVerbs))
        {
            if (Roles[verb.Start] != ClauseRole.Main || QualifiesTargetGroup(verb.Start))
            {
                continue;
            }

            // A horizon in between does not count: "volgen binnen een jaar na huisvesting allemaal een inburgeringscursus".
            // Round 13: "volgen 80 mantelzorgers van … in Ede de training Omgaan met stress": a long subject first, the course later.
            var follows = t[verb.Start].Text is "volgen" or "volgt" or "volgden";
            var noun = nouns.Find(n => n.Start >= verb.End && (n.Start - verb.End - HorizonTokens(verb.End, n.Start) <= ParticipationLookahead ||
                (follows && TrainingWords.NamesTraining(t[n.Start].Text))));
            if (noun.Length > 0 && !t[verb.End..noun.Start].Any(x => x.IsPunctuation))
            {
                output.Add(new Hit(verb.Start, noun.End - verb.Start, verb.Entry));
            }
        }

        foreach (var verb in A.Hits(LexiconLists.OutputVerbs))
        {
            if (Roles[verb.Start] != ClauseRole.Main || QualifiesTargetGroup(verb.Start))
            {
                continue;
            }

            var noun = nouns.Find(n => n.End <= verb.Start && n.End >= verb.Start - 4 && !t[n.End..verb.Start].Any(x => x.IsPunctuation));
            var after = nouns.Find(n => n.Start >= verb.End && n.Start <= verb.End + 4 && !t[verb.End..n.Start].Any(x => x.IsPunctuation));
            if (noun.Length > 0)
            {
                output.Add(new Hit(noun.Start, verb.End - noun.Start, verb.Entry));
            }
            else if (after.Length > 0 && !A.IsHit(LexiconLists.TargetGroups, after.Start))
            {
                output.Add(new Hit(verb.Start, after.End - verb.Start, verb.Entry));
            }
            else if (ActorIsSubject || (IsBuildVerb(verb) && !TargetGroupSpans().Exists(g => Roles[g.Start] == ClauseRole.Main && g.Start < verb.Start)))
            {
                // Round 13: "de corporatie bouwt 60 woningen voor ouderen": building is delivery unless residents build.
                output.Add(verb);
            }
            else if (CountedThingBefore(verb.Start) is { } counted)
            {
                // "worden in de Rivierenwijk 15 buurtbarbecues gehouden": a counted thing that is held or delivered.
                output.Add(new Hit(counted, verb.End - counted, verb.Entry));
            }
            else if (Enumerable.Range(Math.Max(0, verb.Start - 4), Math.Min(4, verb.Start)).Reverse().TakeWhile(k => !t[k].IsPunctuation)
                .Where(k => t[k].IsWord && t[k].Text.Length > 5 && TextAnalysis.IsActivityNoun(t[k].Text)).Select(k => (int?)k).FirstOrDefault() is { } activity)
            {
                // Round 10: "zijn … voorlichtingslessen over vapen gegeven": an activity that is given or held is output.
                output.Add(new Hit(activity, verb.End - activity, verb.Entry));
            }
        }

        // "Er komt een inlooppunt", "in 2027 is er in elke kern een ontmoetingsplek": a new provision is output.
        for (var i = 0; i + 1 < t.Length; i++)
        {
            var existential = t[i].Text == "er" && (t[i + 1].Text is "is" or "zijn" or "komt" or "komen" || (i > 0 && t[i - 1].Text is "is" or "zijn" or "komt" or "komen"));
            // "Dat er in 2026 in ieder dorp een ontmoetingsplek is": the verb comes last in a dat-clause.
            var lateVerb = i > 0 && t[i - 1].Text == "dat" ? Array.FindIndex(t, i + 1, Math.Min(9, t.Length - i - 1), x => x.IsPunctuation || x.Text is "is" or "zijn" or "komt" or "komen") : -1;
            var late = lateVerb > 0 && !t[lateVerb].IsPunctuation;
            if ((!existential && !late) || Roles[i] != ClauseRole.Main)
            {
                continue;
            }

            var reach = late ? lateVerb : i + 6;
            // Round 12: "er komt een extra jongerencoach" adds staff (a precondition), not a provision for residents.
            var noun = nouns.Find(n => n.Start > i && n.Start <= reach && !A.IsHit(LexiconLists.TargetGroups, n.Start) && !IsStaffAt(n.Start) &&
                !A.IsHit(LexiconLists.PreconditionTerms, n.Start) && !A.IsHit(LexiconLists.ProcessTerms, n.Start) && !t[i..n.Start].Any(x => x.IsPunctuation));
            if (noun.Length > 0 && !QualifiesTargetGroup(noun.Start))
            {
                output.Add(new Hit(i, noun.End - i, noun.Entry));
            }
        }

        AddTrainedProfessionals();
        AddJoiningIn();
        AddDeliveries(nouns);
        AddNominalOutput(nouns);
        AddOpeningHours();
        AddWaitingList();
        AddOrganisationActivity(nouns);
        output.RemoveAll(IsGroupParticiple);
        AddUnchangedResidents();

        // Round 13: a werkgroep's question ("hoe bereiken we …?") asks how; it states no result, so no output either.
        if (IsQuestion())
        {
            output.Clear();
        }

        // "De maatschappelijke opvang draagt bij aan …": the subject of a process frame is who acts, not output.
        var frames = A.Hits(LexiconLists.ProcessFrames).Where(h => Roles[h.Start] == ClauseRole.Main).ToList();
        output = output.Where(h => !frames.Exists(f => h.End <= f.Start)).ToList();
        output = output.Where(h => !output.Exists(o => o != h && o.Start <= h.Start && o.End >= h.End && o.Length > h.Length)).Distinct().OrderBy(h => h.Start).ToList();
        return output;
    }

    // A delivery or use verb in the main clause is output on its own, whatever is delivered or used: "zijn gestart
    // met een taaltraject", "wordt … bezocht", "heeft de cursus afgerond", "ontvangen een compliment". Not when it
    // only says which residents ("ouderen die de dagbesteding bezoeken, blijven …") or when an outcome follows
    // ("gebruiken alcohol", "gaan naar school").
    private void AddDeliveries(List<Hit> nouns)
    {
        var t = A.Tokens;
        foreach (var verb in A.Hits(LexiconLists.DeliveryVerbs))
        {
            // "wil bereiken dat kinderen …": an aim, not a delivery.
            if (Roles[verb.Start] != ClauseRole.Main || QualifiesTargetGroup(verb.Start) || output!.Exists(o => o.Overlaps(verb)) ||
                (verb.End < t.Length && t[verb.End].Text == "dat"))
            {
                continue;
            }

            // Round 12: "kunnen … zelf de schoolapp gebruiken": doing it oneself is a skill, not use of a service.
            if (Enumerable.Range(0, verb.Start).Reverse().TakeWhile(k => !t[k].IsPunctuation).Any(k => Roles[k] == ClauseRole.Main && t[k].Text is "zelf" or "zelfstandig"))
            {
                continue;
            }

            // Round 13: "bezoekt nog maandelijks de bieb": going to an ordinary place at a rhythm is behaviour, not use.
            if (VisitsOrdinaryPlace(verb) || UsesEverydayObject(verb))
            {
                continue;
            }

            // "gebruikt nog maar 10% van de jongeren wekelijks cannabis": what is used may come late in the clause.
            // Round 13: a sign inside a group ("12- tot 16-jarigen") does not end the clause.
            var reach = t[verb.Start].Text.StartsWith("gebruik", StringComparison.Ordinal) ? ClauseEnd(verb.End, inGroup: true) : verb.End + 2;
            if (OutcomeTermHits().Exists(h => h.Start >= verb.Start - 2 && h.Start <= reach && !h.Overlaps(verb) && !nouns.Exists(n => n.Overlaps(h))))
            {
                continue;
            }

            output!.Add(verb);
        }

        AddSplitUse();
        AddTalksToProfessional();

        // "Er komt een jongerenraad", "er komen twee buurtkamers": a new provision, whatever it is called. Round 12: not staff
        // added ("er komen twee extra consulenten"), a precondition for the content rule.
        var staff = StaffOrMoneyAdded().Count > 0;
        for (var i = 0; i + 1 < t.Length && !staff; i++)
        {
            // Also "…, en dat er een respijthuis komt".
            var late = t[i].Text == "er" && i > 0 && t[i - 1].Text == "dat" && Enumerable.Range(i + 2, 3).Any(k => k < t.Length && t[k].Text is "komt" or "komen");
            if (late && Roles[i] == ClauseRole.Main && !A.Hits(LexiconLists.TargetGroups).Exists(h => h.Start > i && h.Start < i + 4))
            {
                var verbAt = Enumerable.Range(i + 2, 3).First(k => k < t.Length && t[k].Text is "komt" or "komen");
                output!.Add(new Hit(i, verbAt + 1 - i, "er komt"));
                continue;
            }

            var comes = t[i].Text == "er" && (t[i + 1].Text is "komt" or "komen" || (i > 0 && t[i - 1].Text is "komt" or "komen"));
            if (!comes || Roles[i] != ClauseRole.Main)
            {
                continue;
            }

            var end = Math.Min(t.Length, i + 5);
            // Round 12: nor staff ("er komen twee extra schuldhulpconsulenten"): a precondition for the content rule.
            var people = A.Hits(LexiconLists.TargetGroups).Concat(OutcomeTermHits()).Any(h => h.Start > i && h.Start < end) ||
                Enumerable.Range(i + 1, Math.Max(0, end - i - 1)).Any(IsStaffAt);
            if (!people && !output!.Exists(o => o.Start >= i - 1 && o.Start < end))
            {
                var start = t[i + 1].Text is "komt" or "komen" ? i : i - 1;
                var stop = i + 2;
                while (stop < end && !t[stop].IsPunctuation && A.MatchAt(LexiconLists.PurposeMarkers, stop) == 0)
                {
                    stop++;
                }

                output!.Add(new Hit(start, stop - start, "er komt"));
            }
        }
    }

    // "het aantal jongeren dat de jongerenwerker spreekt": talking to a professional is use of a service; "worden
    // … ondersteund" is support delivered.
    private void AddTalksToProfessional()
    {
        var t = A.Tokens;
        var actors = A.Hits(LexiconLists.ProcessActors);
        for (var i = 1; i < t.Length; i++)
        {
            if (t[i].Text is not ("ondersteund" or "spreekt" or "spreken") || Roles[i] == ClauseRole.Means || QualifiesTargetGroup(i))
            {
                continue;
            }

            // "worden … door het wijkteam ondersteund": support delivered, in the passive.
            if (t[i].Text == "ondersteund" && Roles[i] == ClauseRole.Main && !output!.Exists(o => o.Overlaps(new Hit(i, 1, string.Empty))))
            {
                var aux = Array.FindLastIndex(t, i, Math.Min(i + 1, 8), x => x.Text is "worden" or "wordt" or "werden" or "werd");
                if (aux >= 0 && !t[aux..i].Any(x => x.IsPunctuation))
                {
                    output!.Add(new Hit(aux, i + 1 - aux, "worden ondersteund"));
                }

                continue;
            }

            var actor = actors.Find(h => h.End <= i && h.End >= i - 1 && !t[h.Start..i].Any(x => x.IsPunctuation));
            if (actor.Length > 0)
            {
                output!.Add(new Hit(actor.Start, i + 1 - actor.Start, "spreekt " + actor.Entry));
            }
        }
    }

    private int ClauseEnd(int from, bool inGroup = false)
    {
        var t = A.Tokens;
        var k = from;
        while (k < t.Length && (!t[k].IsPunctuation || (inGroup && t[k].Text is "-" or "/")))
        {
            k++;
        }

        return k;
    }

    // "Preventief huisbezoek bij alle 80-plussers": a sentence without a verb whose head is an activity.
    private void AddNominalOutput(List<Hit> nouns)
    {
        if (A.Hits(LexiconLists.ClauseVerbs).Count > 0 || A.Hits(LexiconLists.ChangeMarkers).Count > 0 || A.Hits(LexiconLists.VagueVerbs).Count > 0)
        {
            return;
        }

        var head = nouns.Find(n => n.Start <= 2 && Roles[n.Start] == ClauseRole.Main && !A.IsHit(LexiconLists.TargetGroups, n.Start) &&
            !A.IsHit(LexiconLists.ProcessTerms, n.Start) && !A.IsHit(LexiconLists.PreconditionTerms, n.Start));
        if (head.Length > 0 && !output!.Exists(o => o.Overlaps(head)))
        {
            output!.Add(new Hit(0, head.End, head.Entry));
        }
    }

    private bool IsBuildVerb(Hit verb) => A.Tokens[verb.Start].Text is "bouwt" or "bouwen" or "gebouwd" or "opgeleverd" || verb.Entry.StartsWith("lever", StringComparison.Ordinal);

    private int HorizonTokens(int from, int to) => Enumerable.Range(from, Math.Max(0, to - from)).Count(InHorizon);

    private bool IsCountStart(int i, out int length)
    {
        var t = A.Tokens;
        length = A.MatchAt(LexiconLists.CountWords, i);
        if (length > 0)
        {
            return true;
        }

        length = 1;
        if (t[i].Text is "meer" or "minder" or "extra" or "nieuwe" or "vaker")
        {
            return true;
        }

        foreach (var quantity in Numbers.Quantities)
        {
            if (quantity.Start == i)
            {
                length = quantity.End - i;
                return true;
            }
        }

        return false;
    }

    // "aantal deelnemers dat zich minder eenzaam voelt": the counted people are qualified by an outcome.
    private bool QualifiedByOutcome(int afterNoun)
    {
        var t = A.Tokens;
        if (afterNoun >= t.Length || t[afterNoun].Text is not ("dat" or "die" or "met" or "zonder"))
        {
            return false;
        }

        return OutcomeTermHits().Exists(h => h.Start > afterNoun && h.Start <= afterNoun + 6);
    }

    // "75-plussers die de koffieochtenden bezoeken voelen zich …": the output only says which residents.
    // Not when the group itself is counted ("het aantal jongeren dat deelneemt aan activiteiten").
    private bool QualifiesTargetGroup(int index)
    {
        var t = A.Tokens;
        for (var k = index - 1; k >= 0 && k >= index - QualifierLookback; k--)
        {
            // "de cursus Opvoeden & Zo": a sign inside a name does not end the relative clause.
            if (t[k].IsPunctuation && t[k].Text is not ("&" or "-" or "'" or "/"))
            {
                return false;
            }

            if (t[k].Text is "die" or "dat" && k > 0 && TargetGroupSpans().Exists(s => s.End == k))
            {
                var group = TargetGroupSpans().First(s => s.End == k);
                var counted = group.Start > 0 && (A.IsHit(LexiconLists.CountWords, group.Start - 1) ||
                    (group.Start > 1 && A.IsHit(LexiconLists.CountWords, group.Start - 2)));
                return !counted && A.Hits(LexiconLists.ChangeMarkers).Concat(OutcomeTermHits()).Concat(A.Hits(LexiconLists.ChangePredicates)).Any(h => h.Start > index);
            }
        }

        return false;
    }
}
