using WorkshopBot.Coaching.Text;

namespace WorkshopBot.Coaching.Rules;

// Round 9: a share of the residents doing something is a behaviour of the group, while taking part, using, receiving,
// joining in ("mee") and professionals being trained stay output; counted things that are held are output too.
internal sealed partial class ResultFacts
{
    /// <summary>
    /// The group is counted as a share: "60% van de huishoudens", "de helft van de kinderen", "twee derde van de
    /// ouderen", "drie op de tien statushouders", or "… zijn voor 70% …" in the main clause. An absolute count
    /// ("120 kinderen") is not a share.
    /// </summary>
    private bool IsShare(Span group)
    {
        var t = A.Tokens;
        var k = group.Start - 1;
        // "60% van de alleenstaande mannen": past the articles and adjectives.
        while (k >= 0 && (t[k].Text is "de" or "het" or "hun" or "alle" || (t[k].IsWord && !t[k].IsNumber && IsAdjectiveLike(t[k].Text) && t[k].Text != "van")))
        {
            k--;
        }

        if (k >= 1 && t[k].Text == "van")
        {
            var before = k - 1;
            if (t[before].Kind == TokenKind.Percent || t[before].Text is "procent" ||
                A.Hits(LexiconLists.QuantityPhrases).Exists(h => h.End == before + 1 && !t[h.Start].IsNumber))
            {
                return true;
            }
        }

        // "drie op de tien statushouders", "1 op de 5 ouders", "een op de drie".
        if (k >= 2 && t[k].IsNumber && t[k - 1].Text == "de" && t[k - 2].Text == "op")
        {
            return true;
        }

        // "Spijbelaars zijn in 2028 voor 60% weer …".
        for (var i = 0; i + 2 < t.Length; i++)
        {
            if (t[i].Text == "voor" && t[i + 1].IsNumber && (t[i + 2].Kind == TokenKind.Percent || t[i + 2].Text == "procent") && Roles[i] == ClauseRole.Main)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The predicate names one of the output classes: taking part, using, receiving, being reached, helped, trained or
    /// registered (the participation, delivery, output-verb and receiving lists), an activity, service or professional
    /// they go to, or the passive ("worden gekoppeld", "worden doorverwezen").
    /// </summary>
    private bool NamesOutputClass(int start, int end)
    {
        foreach (var list in OutputClassLists)
        {
            if (A.Hits(list).Exists(h => h.Start >= start && h.Start < end && Roles[h.Start] == ClauseRole.Main))
            {
                return true;
            }
        }

        var t = A.Tokens;

        // "zit op taalles", "gaan naar de leefstijlcoach", "bij de huisarts": an activity, a service or a professional
        // as what the residents go to is taking part or use.
        for (var k = start; k < end && k < t.Length; k++)
        {
            if (Roles[k] != ClauseRole.Main)
            {
                continue;
            }

            if (A.IsHit(LexiconLists.OutputNouns, k) && !A.IsHit(LexiconLists.TargetGroups, k))
            {
                return true;
            }

            if (t[k].Text is "naar" or "bij" or "op" or "met")
            {
                // "belt … met een vrijwilliger van de Luisterlijn", "met de budgetcoach": contact with a service.
                var n = k + 1 < t.Length && t[k + 1].Text is "de" or "het" or "een" ? k + 2 : k + 1;
                if (n < t.Length && ServiceWords.At(A, n))
                {
                    return true;
                }

                // "komt … naar de inloop": going to a place or activity, unless the place is a change ("naar school").
                if (t[k].Text == "naar" && n > k + 1 && n < t.Length && t[n].IsWord && !A.IsHit(LexiconLists.OutcomeTerms, k) && !A.IsHit(LexiconLists.OutcomeTerms, n) &&
                    !A.IsHit(LexiconLists.ChangePredicates, n) && !A.IsHit(LexiconLists.ChangePredicates, k))
                {
                    return true;
                }
            }
        }

        // A share in the passive undergoes what is done to it ("worden doorverwezen", "wordt gekoppeld"); a change in the
        // passive ("worden minder vaak gepest") was already found by the change markers.
        return Enumerable.Range(0, t.Length).Any(k => Roles[k] == ClauseRole.Main && t[k].Text is "wordt" or "worden" or "werd" or "werden");
    }

    private static readonly string[] OutputClassLists =
        [LexiconLists.ParticipationVerbs, LexiconLists.DeliveryVerbs, LexiconLists.OutputVerbs, LexiconLists.ReceivingWords, LexiconLists.OutputPhrases];

    /// <summary>
    /// "35 medewerkers van de thuiszorg hebben de training … afgerond", "twintig leerkrachten zijn geschoold": professionals
    /// who are trained are a resource the organisation builds — output, whatever the training is about.
    /// </summary>
    private void AddTrainedProfessionals()
    {
        var t = A.Tokens;
        var actor = MainHits(LexiconLists.ProcessActors).Where(h => !AfterPreposition(h.Start)).Select(h => (Hit?)h).FirstOrDefault();
        if (actor is not { } a)
        {
            return;
        }

        // Round 13: "volgen 60 medewerkers van de gemeente de training Herkennen van dementie": the verb comes first; an
        // outcome word in the training's name does not make following it a change.
        var follows = Enumerable.Range(0, a.Start).Reverse().TakeWhile(k => !t[k].IsPunctuation).FirstOrDefault(k => t[k].Text is "volgen" or "volgt" or "volgden", -1);
        var named = follows >= 0 && Roles[follows] == ClauseRole.Main ? Enumerable.Range(a.End, ClauseEnd(a.End) - a.End).FirstOrDefault(j => TrainingWords.NamesTraining(t[j].Text) || t[j].Text.Contains("workshop", StringComparison.Ordinal), -1) : -1;
        if (named >= 0)
        {
            output!.Add(new Hit(follows, named + 1 - follows, "getrainde professionals"));
            return;
        }

        for (var k = a.End; k < t.Length; k++)
        {
            if ((Roles[k] == ClauseRole.Main && (TrainingWords.IsTrainedParticiple(t[k].Text) || t[k].Text == "bijgeschoold")) ||
                (t[k].Text is "afgerond" or "gevolgd" && Enumerable.Range(a.End, k - a.End).Any(j => TrainingWords.NamesTraining(t[j].Text))))
            {
                output!.Add(new Hit(a.Start, k + 1 - a.Start, "getrainde professionals"));
                return;
            }
        }
    }

    /// <summary>
    /// "eten … mee in het buurthuis", "wandelen mee met de wandelgroep", "doet … mee aan de Sportweek": the particle
    /// "mee" before an activity or place is joining in, whatever the verb — output. Not "doen mee" on its own, which
    /// is taking part in society (a change marker).
    /// </summary>
    private void AddJoiningIn()
    {
        var t = A.Tokens;
        for (var k = 1; k < t.Length; k++)
        {
            if (t[k].Text != "mee" || Roles[k] != ClauseRole.Main || QualifiesTargetGroup(k))
            {
                continue;
            }

            var next = k + 1 < t.Length ? t[k + 1].Text : ".";
            var activity = next is "aan" or "met" or "in" or "bij" or "op" or "naar";
            var verb = Enumerable.Range(0, k).LastOrDefault(j => Roles[j] == ClauseRole.Main && A.MatchAt(LexiconLists.ClauseVerbs, j) + A.MatchAt(LexiconLists.ChangePredicates, j) > 0, -1);
            var doing = verb >= 0 && t[verb].Text is "doen" or "doet" or "deden" or "deed" or "kunnen" or "kan";
            // "doen vaker mee aan sport": joining what is itself a change; "neemt groente mee": taking along.
            var changeObject = activity && Enumerable.Range(k + 2, 2).Any(j => j < t.Length && (A.IsHit(LexiconLists.ChangePredicates, j) || A.IsHit(LexiconLists.OutcomeTerms, j)));
            // A verb the lists do not know ("loopt … mee in de wandelgroep"): the evidence starts a few words back.
            verb = verb < 0 && activity ? Math.Max(0, k - 3) : verb;
            // Round 12: "doen vaker mee aan het verenigingsleven": taking part more often is a change in behaviour.
            // Round 16: organisations joining ("doen 20 scholen mee aan het vignet") is process, not a delivery.
            if (verb < 0 || changeObject || OrganisationsJoin(verb, k) || TakesPartMoreOften(verb, k + 1) || t[verb].Text is "nemen" or "neemt" or "nam" or "namen" or "brengen" or "brengt" || (!activity && doing) || (activity && doing && next != "aan") || (!activity && !(k + 1 >= t.Length || t[k + 1].IsPunctuation)))
            {
                continue;
            }

            var end = activity ? Math.Min(ClauseEnd(k + 1), k + 5) : k + 1;
            output!.Add(new Hit(verb, end - verb, "mee (met een activiteit)"));
            return;
        }
    }

    private bool ChangeFollows(int from) =>
        OutcomeTermHits().Concat(A.Hits(LexiconLists.ChangePredicates))
            .Any(h => h.Start >= from && Roles[h.Start] == ClauseRole.Main && !A.IsNameOrTopic(h.Start));

    // A quantity (not residents) right before an output verb: "15 buurtbarbecues gehouden", "300 flyers verspreid".
    private int? CountedThingBefore(int verbStart)
    {
        var t = A.Tokens;
        foreach (var q in Numbers.Quantities)
        {
            if (Roles[q.Start] == ClauseRole.Main && q.End < verbStart && verbStart - q.End <= 2 &&
                !Enumerable.Range(q.End, verbStart - q.End).Any(k => t[k].IsPunctuation || A.IsHit(LexiconLists.TargetGroups, k) || !t[k].IsWord))
            {
                return q.Start;
            }
        }

        return null;
    }

    /// <summary>
    /// "poetsen 300 peuters twee keer per dag hun tanden", "ontbijten 400 leerlingen elke dag": a counted group doing
    /// something as a habit (a rhythm: dagelijks, elke dag, N keer per week) with no place, activity or service to go to
    /// is a behaviour. With a place ("elke vrijdag aan de open tafel", "wekelijks bij de Buurtmoestuin") it is taking part.
    /// </summary>
    private bool IsHabit(int start, int end)
    {
        var t = A.Tokens;
        var rhythm = false;
        for (var k = start; k < end && k < t.Length; k++)
        {
            if (Roles[k] != ClauseRole.Main)
            {
                continue;
            }

            if (t[k].Text is "dagelijks" or "wekelijks" or "elke" or "iedere" or "keer" && (t[k].Text is "dagelijks" or "wekelijks" ||
                (k + 1 < t.Length && t[k + 1].Text is "dag" or "ochtend" or "middag" or "avond" or "week" or "nacht" or "per")))
            {
                rhythm = true;
            }

            // A place, activity or service after a preposition: taking part, not a habit.
            if (t[k].Text is "bij" or "naar" or "in" or "op" or "aan" or "met" or "mee" or "langs" && !InHorizon(k))
            {
                return false;
            }
        }

        return rhythm;
    }

    // "In 2027 maken 1.500 inwoners gebruik van de deelauto's": "maken … gebruik van" split by the subject.
    private void AddSplitUse()
    {
        var t = A.Tokens;
        for (var i = 1; i + 1 < t.Length; i++)
        {
            if (t[i].Text != "gebruik" || t[i + 1].Text != "van" || Roles[i] != ClauseRole.Main || output!.Exists(o => o.Start <= i && o.End > i))
            {
                continue;
            }

            for (var k = i - 1; k >= 0 && k >= i - 6 && !t[k].IsPunctuation; k--)
            {
                if (t[k].Text is "maken" or "maakt" or "maakten" or "maakte")
                {
                    if (!QualifiesTargetGroup(k))
                    {
                        output!.Add(new Hit(k, i + 2 - k, "maken gebruik van"));
                    }

                    break;
                }
            }
        }
    }
}
