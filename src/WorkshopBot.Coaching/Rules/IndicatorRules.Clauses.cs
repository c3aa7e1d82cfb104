using WorkshopBot.Domain.Items;
using WorkshopBot.Coaching.Text;

namespace WorkshopBot.Coaching.Rules;

// Round 15: what the counted head noun is, and what its relative clause says about it. The type confusions of the
// first runs of batches 12-17 were mostly one of four structures, each worded differently every batch: participants of a
// service counted for a state they reach, organisations counted for taking part (in any verb), cases counted for being
// handled in time (in any wording), and residents counted for visiting an ordinary activity at a rhythm. Each reading is
// structural — the head, then the clause — and names the clause as its evidence.
internal sealed partial class IndicatorRules
{
    // People a service defines by using it: counted with "aantal", they read as reach — unless the clause says what they reached.
    private static readonly string[] ParticipantEndings =
        ["deelnemers", "bezoekers", "cursisten", "cliënten", "clienten", "gebruikers", "klanten", "leerlingen", "aanvragers"];

    // Organisations by the head of their compound: "sportverenigingen", "huisartsenpraktijken", "supermarkten".
    private static readonly string[] OrganisationEndings =
    [
        "verenigingen", "scholen", "praktijken", "bedrijven", "winkels", "supermarkten", "corporaties", "organisaties", "instellingen",
        "clubs", "kerken", "moskeeën", "moskeeen", "ondernemers", "werkgevers", "winkeliers", "apotheken", "aanbieders", "partners",
        "gemeenten", "kinderopvangen", "horecazaken", "sportaanbieders", "dagverblijven", "speelzalen", "bibliotheken", "bureaus",
    ];

    // Taking part, for an organisation, in its separable and inflected forms: the prefix of the joined form, and the verb
    // and particle of the split form ("doet … mee", "sluit zich … aan", "schuift aan").
    private static readonly string[] JoiningStems =
    [
        "meedo", "meegedaan", "deelne", "deelgenom", "aansluit", "aangesloten", "particip", "geparticipeerd", "betrokken",
        "onderteken", "getekend", "aanschuif", "aanschuiv", "aangeschoven", "meewerk", "meegewerkt", "samenwerk", "samengewerkt", "meedenk",
        "aanlever", "aangeleverd",
    ];

    // Partners' networks: membership of one is how the work is organised.
    private static readonly string[] Networks = ["netwerk", "samenwerkingsverband", "coalitie", "alliantie", "convenant", "platform", "ketenaanpak"];

    // What an organisation offers ("dat een leerwerkplek aanbiedt", "die stageplaatsen beschikbaar stelt"): its output.
    private static readonly string[] OfferingStems =
        ["aanbied", "aangeboden", "beschikbaar", "biedt", "bieden", "dienst", "opgericht", "opgezet", "organiseert", "georganiseerd", "start", "gestart"];

    private static readonly (string[] Verbs, string Particle)[] JoiningSplit =
    [
        (["doet", "doen", "deed", "deden"], "mee"), (["neemt", "nemen", "nam", "namen"], "deel"), (["sluit", "sluiten"], "aan"),
        (["schuift", "schuiven"], "aan"), (["werkt", "werken"], "mee"), (["werkt", "werken"], "samen"), (["tekent", "tekenen"], ""),
    ];

    // Handled in time, in words rather than a number of days: "op tijd", "tijdig", "te laat", "binnen de termijn".
    private static readonly string[] TimelyWords = ["tijdig", "optijd", "telaat", "termijn", "doorlooptijd", "dezelfdedag", "direct", "meteen", "onmiddellijk"];

    private static (IndicatorType? Type, IReadOnlyList<string> Evidence)? ReadClause(TextAnalysis name)
    {
        // Whether residents are counted is asked by four readings: found once.
        int? groupEnd = CountsResidents(name, out var end) ? end : null;
        return JudgementOfAService(name) ?? OrganisationsJoining(name) ?? CasesInTime(name, groupEnd) ?? ParticipantsReaching(name) ??
            OrdinaryVisit(name, groupEnd) ?? StockOnDate(name, groupEnd) ?? ResidentsOnTheirOwn(name, groupEnd);
    }

    /// <summary>
    /// "Tevredenheid van deelnemers over de cursus", "Waardering van cliënten voor de begeleiding": residents' judgement of a
    /// service or activity measures its quality — process. A mark for their own health or street stays outcome.
    /// </summary>
    private static (IndicatorType? Type, IReadOnlyList<string> Evidence)? JudgementOfAService(TextAnalysis name)
    {
        var t = name.Tokens;
        var k = t.Length > 0 && t[0].Text is "gemiddeld" or "gemiddelde" ? 1 : 0;
        if (k >= t.Length || name.MatchAt(LexiconLists.RatingTerms, k) == 0 && !t[k].Text.StartsWith("tevredenheid", StringComparison.Ordinal))
        {
            return null;
        }

        var about = Array.FindIndex(t, k + 1, x => x.Text is "over" or "voor");
        if (about < 0 || about + 1 >= t.Length)
        {
            return null;
        }

        var j = about + 1 + (t[about + 1].Text is "de" or "het" or "hun" or "een" ? 1 : 0);
        var service = j < t.Length && (name.IsHit(LexiconLists.OutputNouns, j) || ServiceWords.At(name, j) || name.IsHit(LexiconLists.IndicatorOutputTerms, j)) &&
            !name.IsHit(LexiconLists.OutcomeTerms, j) && !name.IsHit(LexiconLists.IndicatorOutcomeTerms, j);
        return service ? (IndicatorType.Proces, ["oordeel over de dienst: " + name.Surface(k, t.Length)]) : null;
    }

    /// <summary>
    /// "Aantal jongeren dat na de training zelf een budget bijhoudt": counted residents who do something themselves show
    /// independence (outcome), whatever resource or activity word the clause also names — unless it names taking part.
    /// </summary>
    private static (IndicatorType? Type, IReadOnlyList<string> Evidence)? ResidentsOnTheirOwn(TextAnalysis name, int? residents)
    {
        if (residents is not { } groupEnd || ClauseAfter(name, groupEnd, 6) is var clause && clause < 0)
        {
            return null;
        }

        // What they take part in before "zelf" is a means ("na de training zelf …"); after it, it is what they do.
        var self = Array.FindIndex(name.Tokens, clause, x => x.Text is "zelf" or "zelfstandig");
        if (self < 0 || ClauseNames(name, self, TakingPartLists))
        {
            return null;
        }

        return (IndicatorType.Outcome, ["wat de inwoners zelf doen: " + name.Surface(clause, name.Count)]);
    }

    private static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
    };

    /// <summary>
    /// "Aantal huishoudens met een voedselbankpakket op 1 juli", "… op peildatum": residents counted with something on a
    /// count date are a stock — how many are in that situation at that moment (the extent of a problem), not a flow of
    /// deliveries. Outcome; evidence: the situation and the date. Not with a relative clause (then the clause decides).
    /// </summary>
    private static (IndicatorType? Type, IReadOnlyList<string> Evidence)? StockOnDate(TextAnalysis name, int? residents)
    {
        if (residents is not { } groupEnd || groupEnd >= name.Count || name.Tokens[groupEnd].Text is not ("met" or "zonder") ||
            name.Tokens.Skip(groupEnd).Any(x => x.Text is "dat" or "die"))
        {
            return null;
        }

        var t = name.Tokens;
        for (var k = groupEnd + 1; k + 1 < t.Length; k++)
        {
            var date = t[k].Text is "op" or "per" && (t[k + 1].Text.StartsWith("peildatum", StringComparison.Ordinal) ||
                (k + 2 < t.Length && t[k + 1].IsNumber && Months.Contains(t[k + 2].Text)));
            if (date)
            {
                return (IndicatorType.Outcome, ["stand op een peildatum: " + name.Surface(groupEnd, t.Length)]);
            }
        }

        return null;
    }

    /// <summary>
    /// "Aantal sportverenigingen dat zich heeft aangesloten bij …", "Aandeel basisscholen dat participeert in …", "Aantal
    /// winkels dat meedoet met …": organisations counted for taking part, in any verb, say how partners work — process.
    /// </summary>
    private static (IndicatorType? Type, IReadOnlyList<string> Evidence)? OrganisationsJoining(TextAnalysis name)
    {
        var count = CountAtStart(name);
        if (count == 0 || count >= name.Count || !IsOrganisationHead(name, count))
        {
            return null;
        }

        var t = name.Tokens;
        // "Aantal partners in het netwerk armoede", "Aantal scholen binnen het samenwerkingsverband": membership of a
        // partners' network says how the work is organised.
        var network = Array.FindIndex(t, count + 1, x => Networks.Any(n => x.Text.EndsWith(n, StringComparison.Ordinal)));
        if (network > 0 && network <= count + 4 && t[network - 1].Text is "het" or "een" or "de")
        {
            return (IndicatorType.Proces, ["organisaties in een netwerk: " + name.Surface(network - 1, t.Length)]);
        }

        // "Aandeel sportverenigingen met een vertrouwenscontactpersoon": what organisations have in place is how they work.
        if (count + 1 < t.Length && t[count + 1].Text is "met" or "zonder")
        {
            return (IndicatorType.Proces, ["voorziening van organisaties: " + name.Surface(count + 1, t.Length)]);
        }

        var clause = RelativeClause(name, count + 1);
        if (clause < 0)
        {
            return null;
        }

        for (var k = clause + 1; k < t.Length; k++)
        {
            var w = t[k].Text;
            var split = JoiningSplit.Any(s => s.Verbs.Contains(w) && (s.Particle.Length == 0 || Array.FindIndex(t, k + 1, x => x.Text == s.Particle) > 0));
            if (split || JoiningStems.Any(s => w.StartsWith(s, StringComparison.Ordinal)))
            {
                return (IndicatorType.Proces, ["organisaties die meedoen: " + name.Surface(clause, t.Length)]);
            }
        }

        // "dat werkt met de VVE-methode": how organisations work is process; what they offer is their output.
        if (name.Hits(LexiconLists.IndicatorProcessTerms).Concat(name.Hits(LexiconLists.ProcessTerms)).Any(h => h.Start > clause))
        {
            return (IndicatorType.Proces, ["werkwijze van organisaties: " + name.Surface(clause, t.Length)]);
        }

        if (Enumerable.Range(clause + 1, t.Length - clause - 1).Any(k => OfferingStems.Any(o => t[k].Text.StartsWith(o, StringComparison.Ordinal))))
        {
            return (IndicatorType.Output, ["aanbod van organisaties: " + name.Surface(clause, t.Length)]);
        }

        // "Aantal scholen dat een gezonde kantine heeft": what organisations have in place is how they work.
        return t[^1].Text is "heeft" or "hebben"
            ? (IndicatorType.Proces, ["voorziening van organisaties: " + name.Surface(clause, t.Length)])
            : null;
    }

    private static bool IsOrganisationHead(TextAnalysis name, int k) =>
        name.MatchAt(LexiconLists.PartnerActors, k) > 0 ||
        (name.Tokens[k].IsWord && OrganisationEndings.Any(e => name.Tokens[k].Text.EndsWith(e, StringComparison.Ordinal)) && name.MatchAt(LexiconLists.TargetGroups, k) == 0);

    /// <summary>
    /// "% intakes dat op tijd is ingepland", "Percentage beschikkingen dat te laat is verstuurd", "Aandeel
    /// keukentafelgesprekken dat binnen de wettelijke termijn is gehouden": cases or activities counted for when they were
    /// handled measure timeliness — process. Not residents ("% huishoudens dat de huur op tijd betaalt" is behaviour).
    /// </summary>
    private static (IndicatorType? Type, IReadOnlyList<string> Evidence)? CasesInTime(TextAnalysis name, int? residents)
    {
        var count = CountAtStart(name);
        if (count == 0 || residents is not null || IsParticipantHead(name, count))
        {
            return null;
        }

        var clause = RelativeClause(name, count + 1);
        if (clause < 0)
        {
            return null;
        }

        var t = name.Tokens;
        for (var k = clause + 1; k < t.Length; k++)
        {
            var pair = k + 1 < t.Length ? t[k].Text + t[k + 1].Text : t[k].Text;
            if (TimelyWords.Any(w => t[k].Text.StartsWith(w, StringComparison.Ordinal) || pair == w))
            {
                var end = pair is "optijd" or "telaat" or "dezelfdedag" ? k + 2 : k + 1;
                return (IndicatorType.Proces, ["tijdigheid: " + name.Surface(k, end)]);
            }
        }

        return null;
    }

    private static bool IsParticipantHead(TextAnalysis name, int k) =>
        k < name.Count && name.Tokens[k].IsWord && ParticipantEndings.Any(e => name.Tokens[k].Text.EndsWith(e, StringComparison.Ordinal));

    /// <summary>
    /// "Aantal bezoekers van het inloophuis dat een vaste woonplek vindt", "Aandeel deelnemers … dat na afloop NT2 niveau A2
    /// haalt": participants of a service counted for a change they reach are counted for that change — outcome. Not when
    /// the clause names taking part, receiving or an output ("deelnemers dat de cursus afrondt" stays output).
    /// </summary>
    private static (IndicatorType? Type, IReadOnlyList<string> Evidence)? ParticipantsReaching(TextAnalysis name)
    {
        var count = CountAtStart(name);
        if (count == 0 || !IsParticipantHead(name, count))
        {
            return null;
        }

        var clause = ClauseAfter(name, count + 1, 8);
        if (clause < 0 || !HasChangeWords(name, clause) || ClauseNames(name, clause, TakingPartLists))
        {
            return null;
        }

        return (IndicatorType.Outcome, ["wat de deelnemers bereiken: " + name.Surface(clause, name.Count)]);
    }

    // Rhythms that make a visit a habit: "wekelijks", "maandelijks", "elke week", "minstens één keer per week".
    private static readonly string[] Rhythms = ["dagelijks", "wekelijks", "maandelijks", "regelmatig", "geregeld", "elke", "iedere", "per"];

    /// <summary>
    /// "Aandeel alleenstaande ouderen dat maandelijks een buurtactiviteit bezoekt", "… dat wekelijks naar de sportclub
    /// gaat": residents who visit an ordinary activity or place at a rhythm show a behaviour (outcome); the object is
    /// generic ("een activiteit") or an ordinary place. A service's own offer ("het spreekuur", "de taalklas") stays use.
    /// </summary>
    private static (IndicatorType? Type, IReadOnlyList<string> Evidence)? OrdinaryVisit(TextAnalysis name, int? residents)
    {
        if (residents is not { } groupEnd)
        {
            return null;
        }

        var clause = ClauseAfter(name, groupEnd, 6);
        if (clause < 0)
        {
            return null;
        }

        var t = name.Tokens;
        var rhythm = Array.FindIndex(t, clause, x => Rhythms.Contains(x.Text));
        var visit = Array.FindIndex(t, clause, x => x.Text.StartsWith("bezoek", StringComparison.Ordinal) || x.Text is "gaat" or "gaan" or "komt" or "komen");
        if (rhythm < 0 || visit < 0)
        {
            return null;
        }

        var place = name.Hits(LexiconLists.OrdinaryPlaces).Find(h => h.Start > clause);
        for (var k = clause + 1; k < t.Length; k++)
        {
            // An ordinary place that is also a service ("de bibliotheek") stays an ordinary place.
            if ((ServiceWords.At(name, k) && !(place.Length > 0 && place.Contains(k))) || (t[k].IsWord && char.IsUpper(name.Text[t[k].Start]) && k > 0))
            {
                return null;
            }
        }

        // A generic outing ("een concert", "een buurtactiviteit"): an indefinite object that is no service, activity of a
        // project or output noun, and no taking part ("deelneemt aan een beweeggroep" stays use).
        var a = Array.FindIndex(t, clause, x => x.Text == "een");
        var generic = a > 0 && a + 1 < t.Length && t[a + 1].IsWord &&
            (!name.IsHit(LexiconLists.OutputNouns, a + 1) || t[a + 1].Text.EndsWith("activiteit", StringComparison.Ordinal)) && !ServiceWords.At(name, a + 1) && t.Skip(clause).All(x => !x.Text.StartsWith("deelne", StringComparison.Ordinal));
        return place.Length > 0 || generic
            ? (IndicatorType.Outcome, ["gewoon bezoek als gewoonte: " + name.Surface(clause, t.Length)])
            : null;
    }

    // The index of "dat"/"die" within `span` words from `from`, or -1.
    private static int ClauseAfter(TextAnalysis name, int from, int span)
    {
        for (var k = from; k < name.Count && k < from + span; k++)
        {
            if (name.Tokens[k].Text is "dat" or "die")
            {
                return k + 1 < name.Count ? k : -1;
            }
        }

        return -1;
    }
}
