using WorkshopBot.Coaching.Text;

namespace WorkshopBot.Coaching.Rules;

// Round 16: ordinary behaviour is not using a service. Residents who use an everyday object, travel to an ordinary place
// at a rhythm, spend their own time on something or have a steady place of their own do something or are somewhere; and
// a participle inside the group's qualifier ("de ingeschreven statushouders") only says who.
internal sealed partial class ResultFacts
{
    private static readonly string[] MovementStems = ["reis", "reiz", "fiets", "loop", "lop", "wandel", "rij", "gaan", "gaat", "komen", "komt"];

    private static readonly HashSet<string> SteadyWords = new(StringComparer.Ordinal) { "vaste", "vast", "eigen", "betaalde", "stabiele" };

    private static readonly string[] HelperEndings =
        ["begeleider", "coach", "maatje", "contactpersoon", "consulent", "werker", "verlener", "regisseur", "manager", "mentor", "buddy", "ondersteuner"];

    private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal) { "uur", "uren", "minuten", "minuut", "tijd" };

    // A helper one is given ("een vaste begeleider", "een eigen coach") is a service, not a state.
    private static bool IsHelperNoun(string word) => HelperEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal));

    // "gebruikt bij de eerste keer seks een condoom", "gebruiken een fietshelm": the object is an everyday thing, not a service.
    private bool UsesEverydayObject(Hit verb)
    {
        if (!A.Tokens[verb.Start].Text.StartsWith("gebruik", StringComparison.Ordinal))
        {
            return false;
        }

        var end = ClauseEnd(verb.End, inGroup: true);
        return A.Hits(LexiconLists.EverydayObjects).Exists(h => h.Start >= verb.End && h.Start < end);
    }

    // "60% van de ingeschreven statushouders": a participle between the article and the group says who ("het aantal
    // ondersteunde mantelzorgers" counts the support: after a count word it stays output).
    private bool IsGroupParticiple(Hit hit)
    {
        var t = A.Tokens;
        return hit.Start > 0 && hit.End < t.Length && TargetGroupSpans().Exists(s => s.Start == hit.End) &&
            t[hit.Start - 1].Text is "de" or "het" or "alle" or "onze";
    }

    /// <summary>
    /// What the residents do or have when it is ordinary behaviour or a state of their own (null otherwise): "reizen twee keer
    /// zo vaak naar de markt" (going to an ordinary place at a rhythm, any verb of movement), "besteedt max. 2 uur per dag aan
    /// gamen" (their own time), "hebben een vaste huisarts" (a steady place, doctor or job of their own).
    /// </summary>
    private string? EverydayBehaviour(Span group)
    {
        var t = A.Tokens;
        var end = ClauseEnd(group.End);
        // Computed once (linear): a verb of movement after the group and a rhythm anywhere in the clause.
        var moves = Enumerable.Range(group.End, Math.Max(0, end - group.End)).Where(j => MovementStems.Any(s => t[j].Text.StartsWith(s, StringComparison.Ordinal)))
            .DefaultIfEmpty(int.MaxValue).Min();
        var rhythm = Enumerable.Range(0, end).Any(j => t[j].Text is "vaak" or "vaker" or "wekelijks" or "maandelijks" or "dagelijks" or "regelmatig" or "weer");
        // The verb may come before the group ("Binnen 2 jaar heeft 70% van de statushouders een eigen huisarts").
        for (var k = 0; k < end; k++)
        {
            if (Roles[k] != ClauseRole.Main)
            {
                continue;
            }

            var word = t[k].Text;
            if (word == "naar" && rhythm && moves < k && (A.MatchAt(LexiconLists.OrdinaryPlaces, k + 1) > 0 || (k + 2 < t.Length && A.MatchAt(LexiconLists.OrdinaryPlaces, k + 2) > 0)))
            {
                return A.Surface(group.End, end);
            }

            if (word is "hebben" or "heeft" && Enumerable.Range(k + 1, Math.Max(0, Math.Min(end, k + 6) - k - 1)).Any(j => t[j].Text is "een" or "hun" or "zijn" or "haar" && j + 1 < end && SteadyWords.Contains(t[j + 1].Text) &&
                !A.IsHit(LexiconLists.OutputNouns, Math.Min(j + 2, t.Length - 1)) && !IsHelperNoun(t[Math.Min(j + 2, t.Length - 1)].Text)))
            {
                return A.Surface(k, end);
            }
        }

        // "In 2027 besteedt 50% van de jongeren max. 2 uur per dag aan gamen": the verb may come before the group, and an
        // abbreviation's full stop ("max.") does not end what they spend their time on.
        var spend = Array.FindIndex(t, x => x.Text is "besteedt" or "besteden" or "besteed");
        var reach = Math.Min(t.Length, spend + 24);
        if (spend >= 0 && spend < end && Roles[spend] == ClauseRole.Main && Enumerable.Range(spend, reach - spend).Any(j => TimeWords.Contains(t[j].Text)) &&
            Enumerable.Range(spend, reach - spend).Any(j => t[j].Text == "aan"))
        {
            return A.Surface(spend, Math.Max(end, group.End));
        }

        // "In 2027 gebruikt 80% van de jonge fietsers een fietshelm": the use verb before the group.
        var use = A.Hits(LexiconLists.DeliveryVerbs).Find(v => Roles[v.Start] == ClauseRole.Main && UsesEverydayObject(v));
        if (use.Length > 0)
        {
            return A.Surface(use.Start, ClauseEnd(use.End, inGroup: true));
        }

        return null;
    }

    private static readonly string[] CaseStems = ["verwijzing", "melding", "aanvra", "aanmelding", "klacht", "bezwa", "hulpvra", "casus", "dossier"];

    /// <summary>
    /// "per 2027 wordt 95% van de verwijzingen binnen 10 werkdagen in behandeling genomen": cases handled in time. The
    /// problem is process (content-not-process fails on the timeliness); the count of cases is not a delivery.
    /// </summary>
    public bool CasesHandledInTime()
    {
        var t = A.Tokens;
        var hits = OutputHits();
        return hits.Count > 0 && TimelinessSurfaces().Count > 0 && hits.TrueForAll(h =>
            Enumerable.Range(h.Start, h.Length).Any(k => CaseStems.Any(c => t[k].Text.StartsWith(c, StringComparison.Ordinal))));
    }

    // "doen 20 scholen in Twente mee": the subject between the verb and "mee" is an organisation, not residents.
    private bool OrganisationsJoin(int verb, int mee) =>
        Enumerable.Range(verb + 1, Math.Max(0, mee - verb - 1)).Any(j => A.IsHit(LexiconLists.PartnerActors, j) || A.IsHit(LexiconLists.Organisations, j)) &&
        !TargetGroupSpans().Exists(s => s.Start > verb && s.Start < mee);
}
