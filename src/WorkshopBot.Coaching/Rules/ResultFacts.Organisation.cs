using WorkshopBot.Coaching.Text;

namespace WorkshopBot.Coaching.Rules;

// Round 12: an organisation that acts with the change only after "zodat", opening hours, staff and money added, and
// taking part more often as a change in behaviour.
internal sealed partial class ResultFacts
{
    /// <summary>
    /// "Het wijkteam geeft budgetcoaching, zodat …", "De bibliotheek geeft taallessen aan ouders": an organisation as
    /// subject with an activity or service (an output noun) in the main clause and no change there delivers output. When
    /// no output noun is known but the change stands only in a purpose clause, the main clause is still what the
    /// organisation does. Not when the main clause is process or a precondition: that rule says what is wrong.
    /// </summary>
    private void AddOrganisationActivity(List<Hit> nouns)
    {
        // Round 15: "We openen in 2026 drie extra Taalcafés zodat …": the writers themselves act, the change only after "zodat".
        if (output!.Count == 0 && SpeakerActsForPurpose() is { } we)
        {
            var purposeStart = Array.IndexOf(Roles, ClauseRole.Purpose);
            var last = purposeStart;
            while (last > we.End && A.Tokens[last - 1].IsPunctuation)
            {
                last--;
            }

            output!.Add(new Hit(we.Start, last - we.Start, "activiteit van een organisatie"));
            return;
        }

        if (output!.Count > 0 || !ActorIsSubject || HasMainChangeForResidents() || MainProcessHits().Count > 0 || MainHits(LexiconLists.PreconditionTerms).Count > 0)
        {
            return;
        }

        var actor = MainHits(LexiconLists.ProcessActors).Where(h => !AfterPreposition(h.Start)).Select(h => (Hit?)h).FirstOrDefault();
        if (actor is not { } a)
        {
            return;
        }

        // Several organisations as subject ("De bibliotheek, het welzijnswerk en de GGD stemmen hun aanbod af") work
        // together: that is for the process rule.
        var noun = nouns.Find(n => n.Start >= a.End && Roles[n.Start] == ClauseRole.Main && !A.IsHit(LexiconLists.TargetGroups, n.Start));
        var together = MainHits(LexiconLists.ProcessActors).Concat(MainHits(LexiconLists.PartnerActors)).Select(h => h.Start).Distinct().Count(s => s < (noun.Length > 0 ? noun.Start : A.Count)) > 1;
        if (noun.Length > 0 && !together)
        {
            output!.Add(new Hit(a.Start, noun.End - a.Start, "aanbod van een organisatie"));
            return;
        }

        var purpose = Array.IndexOf(Roles, ClauseRole.Purpose);
        if (purpose > a.End && PurposeHasChange())
        {
            var end = purpose;
            while (end > a.End && A.Tokens[end - 1].IsPunctuation)
            {
                end--;
            }

            output!.Add(new Hit(a.Start, end - a.Start, "activiteit van een organisatie"));
        }
    }

    /// <summary>
    /// The organisation acts in the main clause and what changes for residents stands only in the purpose clause
    /// ("…, zodat 70% van de gezinnen weer rondkomt"). Returns the organisation, or null.
    /// </summary>
    public string? ChangeOnlyInPurpose()
    {
        if (SpeakerActsForPurpose() is { } we)
        {
            return A.Surface(we);
        }

        if (!ActorIsSubject || HasMainChangeForResidents() || !PurposeHasChange())
        {
            return null;
        }

        var actor = MainHits(LexiconLists.ProcessActors).Where(h => !AfterPreposition(h.Start)).Select(h => (Hit?)h).FirstOrDefault();
        return actor is { } a ? A.Surface(a) : null;
    }

    /// <summary>
    /// "We openen …, zodat …", "In 2026 starten we …, zodat …": "we"/"wij" as the subject of the main clause, no residents
    /// and no change there, and the change only in the purpose clause. Null otherwise.
    /// </summary>
    private Hit? SpeakerActsForPurpose()
    {
        var t = A.Tokens;
        var purpose = Array.IndexOf(Roles, ClauseRole.Purpose);
        var we = Array.FindIndex(t, x => x.Text is "we" or "wij");
        if (purpose < 0 || we < 0 || we > 4 || we >= purpose || Roles[we] != ClauseRole.Main || HasMainChangeForResidents() || !PurposeHasChange() ||
            TargetGroupSpans().Exists(g => Roles[g.Start] == ClauseRole.Main))
        {
            return null;
        }

        return new Hit(we, 1, "we");
    }

    private bool HasMainChangeForResidents() =>
        ContentHits().Exists(h => Roles[h.Start] == ClauseRole.Main) || MainHits(LexiconLists.ChangeMarkers).Count > 0;

    private bool PurposeHasChange() =>
        ContentHits().Exists(h => Roles[h.Start] == ClauseRole.Purpose) ||
        A.Hits(LexiconLists.ChangeMarkers).Concat(A.Hits(LexiconLists.ChangePredicates)).Any(h => Roles[h.Start] == ClauseRole.Purpose);

    /// <summary>
    /// "staan … elke werkdag open voor inloop", "is … drie avonden per week open": a place or service that is open says
    /// when residents can come (output), when no residents come before it as its subject ("jongeren staan open voor hulp").
    /// </summary>
    private void AddOpeningHours()
    {
        var t = A.Tokens;
        for (var k = 1; k < t.Length; k++)
        {
            if (Roles[k] != ClauseRole.Main || t[k].Text is not ("open" or "opengesteld" or "geopend") || output!.Exists(o => o.Contains(k)))
            {
                continue;
            }

            if (TargetGroupSpans().Exists(s => s.Start < k && Roles[s.Start] == ClauseRole.Main) || MainHits(LexiconLists.ChangeMarkers).Exists(h => h.Start < k))
            {
                return;
            }

            var verb = Enumerable.Range(0, k).LastOrDefault(j => Roles[j] == ClauseRole.Main && t[j].Text is "is" or "zijn" or "staat" or "staan" or "gaat" or "gaan" or "blijft" or "blijven", -1);
            if (verb >= 0 || t[k].Text != "open")
            {
                output!.Add(new Hit(verb >= 0 ? verb : k, k + 1 - (verb >= 0 ? verb : k), "openingstijden"));
                return;
            }
        }
    }

    /// <summary>
    /// "Er komen twee extra schuldhulpconsulenten", "een extra wijkverpleegkundige", "€ 185.000 voor de
    /// mantelzorgondersteuning": staff or money added with no residents in the main clause is what organisations need — a
    /// precondition (input), not output. Evidence: the staff or the amount.
    /// </summary>
    public List<string> StaffOrMoneyAdded()
    {
        var t = A.Tokens;
        var found = new List<string>();
        if (TargetGroupSpans().Exists(s => Roles[s.Start] == ClauseRole.Main))
        {
            return found;
        }

        for (var k = 0; k < t.Length; k++)
        {
            if (Roles[k] != ClauseRole.Main)
            {
                continue;
            }

            // "extra" or a number right before the professional: "twee extra schuldhulpconsulenten", "1 extra jongerenwerker".
            if ((t[k].Text == "extra" || (t[k].IsNumber && !t[k].IsYear)) && k + 1 < t.Length && IsStaffAt(t[k + 1].Text == "extra" ? k + 2 : k + 1))
            {
                var staff = t[k + 1].Text == "extra" ? k + 2 : k + 1;
                found.Add(A.Surface(k, staff + 1));
                k = staff;
                continue;
            }

            if (IsMoneyAt(k) && k + 1 < t.Length && t[Math.Min(t.Length - 1, k + (t[k].Text == "€" ? 2 : 1))].Text is "voor" or "extra" or "beschikbaar")
            {
                var start = t[k].Text == "€" ? k : k - 1;
                found.Add(A.Surface(start, Math.Min(t.Length, start + 2)));
            }
        }

        return found;
    }

    private bool IsStaffAt(int k) =>
        k < A.Tokens.Length && A.Tokens[k].IsWord && !A.IsHit(LexiconLists.TargetGroups, k) &&
        (A.MatchAt(LexiconLists.ProcessActors, k) > 0 || (ServiceWords.At(A, k) && (!A.IsHit(LexiconLists.OutputNouns, k) || IsCoach(A.Tokens[k].Text))));

    // "*coach" is an output noun ("krijgen een coach"), but as staff added it is a professional; a loket or a maatje is not.
    private static bool IsCoach(string word) => word.EndsWith("coach", StringComparison.Ordinal) || word.EndsWith("coaches", StringComparison.Ordinal);

    /// <summary>
    /// "doen vaker mee aan het verenigingsleven", "gaat … minstens één keer per maand naar een buurtactiviteit, nu nog
    /// 25%": taking part more often, or at a rhythm measured against a baseline, is a change in behaviour, not reach.
    /// </summary>
    private bool TakesPartMoreOften(int start, int end)
    {
        var t = A.Tokens;
        var rhythm = false;
        for (var k = Math.Max(0, start); k < end && k < t.Length; k++)
        {
            if (Roles[k] != ClauseRole.Main)
            {
                continue;
            }

            if (t[k].Text is "vaker" or "regelmatiger" || (t[k].Text == "minder" && k + 1 < t.Length && t[k + 1].Text == "vaak"))
            {
                return true;
            }

            rhythm |= t[k].Text is "wekelijks" or "maandelijks" or "dagelijks" || (t[k].Text == "per" && k + 1 < t.Length && PeriodWords.Contains(t[k + 1].Text));
        }

        return rhythm && HasBaseline();
    }

    /// <summary>
    /// Round 13: "bezoekt over twee jaar nog maandelijks de bieb", "gaan weer wekelijks naar het zwembad": going to an
    /// ordinary place (<c>ordinaryPlaces</c>) at a rhythm, more often, again or against a baseline is a change in
    /// behaviour; going to a project's activity ("bezoeken de koffieochtend") stays output.
    /// </summary>
    private bool VisitsOrdinaryPlace(Hit verb)
    {
        var t = A.Tokens;
        if (!t[verb.Start].Text.StartsWith("bezoek", StringComparison.Ordinal) && !verb.Entry.EndsWith(" naar", StringComparison.Ordinal))
        {
            return false;
        }

        var end = ClauseEnd(verb.End);
        if (!A.Hits(LexiconLists.OrdinaryPlaces).Exists(h => h.Start >= verb.End && h.Start < end && !A.IsHit(LexiconLists.OutputNouns, h.Start)))
        {
            return false;
        }

        var start = verb.Start;
        while (start > 0 && !t[start - 1].IsPunctuation)
        {
            start--;
        }

        return HasBaseline() || Enumerable.Range(start, end - start).Any(k => Roles[k] == ClauseRole.Main &&
            (t[k].Text is "wekelijks" or "maandelijks" or "dagelijks" or "vaker" or "weer" or "regelmatig" ||
            (t[k].Text is "per" or "elke" or "iedere" && k + 1 < t.Length && PeriodWords.Contains(t[k + 1].Text))));
    }

    // Round 13: "wg verslaving: hoe bereiken we de mensen die nu buiten beeld blijven?" is a question, not a result.
    private bool IsQuestion()
    {
        var t = A.Tokens;
        return t.Length > 2 && t[^1].Text == "?" && Enumerable.Range(0, t.Length).Any(k =>
            t[k].Text is "hoe" or "wat" or "welke" or "waarom" or "wie" or "waar" && (k == 0 || t[k - 1].Text == ":"));
    }

    // "van 20% naar 35%", "nu nog 25%", "(nu 13%)", "tegen 24 procent in 2024": the statement names where the group starts.
    private bool HasBaseline()
    {
        var t = A.Tokens;
        if (Numbers.FromTo.Count == 2 || Numbers.BaselineYears.Count > 0)
        {
            return true;
        }

        return Enumerable.Range(0, t.Length).Any(k => t[k].Text == "nu" && Enumerable.Range(k + 1, 2).Any(j => j < t.Length && t[j].IsNumber));
    }

    /// <summary>
    /// "een gezonde, veilige en inclusieve gemeente", "een sterk en toekomstbestendig voorveld": adjectives (joined by
    /// commas or "en") after an article and right before a place (<c>idealPlaceNouns</c>), at least one of them an outcome
    /// or abstract word, paint an ideal image of the place. The concrete rule reads it as a vague phrase.
    /// </summary>
    public List<Hit> IdealImages()
    {
        var t = A.Tokens;
        var found = new List<Hit>();
        foreach (var place in A.Hits(LexiconLists.IdealPlaceNouns))
        {
            var k = place.Start - 1;
            var start = place.Start;
            while (k >= 0 && IsChainAdjective(k))
            {
                start = k;
                if (k >= 2 && t[k - 1].Text is "en" or "," && IsChainAdjective(k - 2))
                {
                    k -= 2;
                    continue;
                }

                break;
            }

            // An attributive adjective is no outcome hit of its own ("een gezonde wijk"), so its base form is looked up.
            var named = Enumerable.Range(start, place.Start - start).Any(j => A.IsHit(LexiconLists.OutcomeTerms, j) || A.IsHit(LexiconLists.AbstractTerms, j) || BaseFormIsOutcome(j));
            if (start < place.Start && named && (start == 0 || t[start - 1].Text is "een" or "de" or "het"))
            {
                found.Add(new Hit(start, place.End - start, "ideaalbeeld"));
            }
            // Round 15: "Een stad waarin iedere oudere zich thuis voelt": a place described by what holds in it, opening
            // the line with no number, is an ideal image too.
            else if (place.Start <= 1 && (place.Start == 0 || t[0].Text is "een" or "de") && place.End < t.Length &&
                t[place.End].Text is "waarin" or "waar" && Numbers.Quantities.Count == 0)
            {
                found.Add(new Hit(0, place.End + 1, "ideaalbeeld"));
            }
        }

        return found;
    }

    private bool BaseFormIsOutcome(int k)
    {
        var token = A.Tokens[k];
        if (!token.IsWord || token.Text.Length < 5 || token.Text[^1] != 'e')
        {
            return false;
        }

        Token[] probe = [token with { Text = token.Text[..^1] }];
        return A.Lexicon[LexiconLists.OutcomeTerms].MatchAt(probe, 0, out _) == 1 || A.Lexicon[LexiconLists.AbstractTerms].MatchAt(probe, 0, out _) == 1;
    }

    private bool IsChainAdjective(int k)
    {
        var t = A.Tokens;
        return t[k].IsWord && !A.IsHit(LexiconLists.TargetGroups, k) && !IsVerbAt(k) && t[k].Text is not ("een" or "de" or "het") &&
            (A.IsHit(LexiconLists.OutcomeTerms, k) || A.IsHit(LexiconLists.AbstractTerms, k) || IsAdjectiveLike(t[k].Text));
    }
}
