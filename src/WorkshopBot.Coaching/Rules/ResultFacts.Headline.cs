using WorkshopBot.Coaching.Text;

namespace WorkshopBot.Coaching.Rules;

// Round 15: three headline forms that name what professionals or the council do, not what changes for residents. The
// outcome words in them are the object or topic of that work ("Schulden bij jongeren eerder in beeld brengen", "actieplan
// eenzaamheid"), so they neither make the line content nor concrete.
internal sealed partial class ResultFacts
{
    // Detection and provision by professionals, as the last word of a headline: "eerder signaleren", "sneller herkennen",
    // "in beeld brengen", "perspectief bieden".
    private static readonly HashSet<string> DetectionVerbs = new(StringComparer.Ordinal) { "signaleren", "herkennen", "opsporen", "opmerken", "toeleiden", "vinden" };

    // Reaching and helping: a headline of these is about the service only with a speed ("eerder", "sneller").
    private static readonly HashSet<string> HelpVerbs = new(StringComparer.Ordinal) { "bereiken", "helpen", "ondersteunen", "begeleiden", "doorverwijzen", "opvangen" };

    private static readonly HashSet<string> ViewVerbs = new(StringComparer.Ordinal) { "brengen", "krijgen", "houden" };

    private static readonly HashSet<string> GivingVerbs = new(StringComparer.Ordinal) { "bieden", "geven", "aanbieden" };

    // What is given that is no product: an abstract prospect.
    private static readonly HashSet<string> Prospects = new(StringComparer.Ordinal)
    {
        "perspectief", "toekomst", "toekomstperspectief", "kansen", "kans", "hoop", "stem", "ruimte", "houvast", "zekerheid", "thuis", "plek",
    };

    // Plans, agreements and working groups: the council's or the partners' instruments.
    private static readonly string[] PlanEndings = ["plan", "convenant", "werkgroep"];

    // Instruments that count as a plan only when they are established ("Uitvoeringsprogramma jeugd 2026 vastgesteld").
    private static readonly string[] EstablishedEndings = ["programma", "nota", "agenda", "visie", "kader", "beleid"];

    // Establishing a plan or agreement: "vastgesteld door de raad", "sluiten … een convenant", "ondertekenen".
    private static readonly string[] EstablishingStems = ["vastgesteld", "vastgelegd", "opgesteld", "gesloten", "sluit", "onderteken", "tekenen", "opgericht", "ingesteld", "opgezet"];

    private static readonly HashSet<string> FiniteVerbs = new(StringComparer.Ordinal) { "is", "zijn", "wordt", "worden", "heeft", "hebben", "kan", "kunnen" };

    /// <summary>
    /// "Psychische klachten bij jongeren eerder signaleren", "Schulden eerder in beeld brengen", "Zwerfjongeren perspectief
    /// bieden": a headline that ends in what professionals do — detect, bring into view, offer a prospect. Null otherwise.
    /// The evidence runs from the adverb or "in beeld" to the end.
    /// </summary>
    // Each headline reading is asked for by several criteria: read once per statement.
    public string? ProfessionalAction() => (professionalActionRead ??= new Box<string?>(ReadProfessionalAction())).Value;

    private Box<string?>? professionalActionRead;

    private string? ReadProfessionalAction()
    {
        var t = A.Tokens;
        var last = LastWordIndex();

        if (last < 1 || t.Length > 14 || t.Any(x => FiniteVerbs.Contains(x.Text) || x.IsNumber))
        {
            return null;
        }

        var verb = t[last].Text;
        var from = last;
        if (HelpVerbs.Contains(verb) && t[last - 1].Text is "eerder" or "sneller" or "vroeger" or "tijdiger")
        {
            // "Eenzame ouderen eerder bereiken", "Jongeren met schulden sneller helpen": how fast a service reaches people.
            from = last - 1;
        }
        else if (DetectionVerbs.Contains(verb))
        {
            from = t[last - 1].Text is "eerder" or "sneller" or "beter" or "vroeg" or "vroegtijdig" or "tijdig" ? last - 1 : last;
        }
        else if (ViewVerbs.Contains(verb) && last >= 3 && t[last - 2].Text == "in" && t[last - 1].Text is "beeld" or "zicht")
        {
            from = t[last - 3].Text is "eerder" or "sneller" or "beter" ? last - 3 : last - 2;
        }
        else if (GivingVerbs.Contains(verb) && ProspectBefore(last) is { } prospect)
        {
            from = prospect;
        }
        else
        {
            return null;
        }

        return A.Surface(from, last + 1);
    }

    /// <summary>The headline gives an abstract prospect ("een toekomst geven"), not a product: nothing is delivered.</summary>
    public bool GivesProspect => ProfessionalAction() is not null && GivingVerbs.Contains(A.Tokens.Last(x => !x.IsPunctuation).Text);

    private int? ProspectBefore(int verb)
    {
        var t = A.Tokens;
        for (var k = verb - 1; k >= 0 && k >= verb - 3; k--)
        {
            if (Prospects.Contains(t[k].Text))
            {
                return k >= 1 && t[k - 1].Text is "een" or "weer" or "nieuw" or "nieuwe" ? k - 1 : k;
            }
        }

        return null;
    }

    /// <summary>
    /// "Jongeren in Emmen zijn mentaal weerbaarder", "Mantelzorgers zijn veerkrachtiger": a comparative quality as the
    /// whole predicate, with no number, says something changes but not what anyone would notice. Null otherwise.
    /// </summary>
    public string? VagueComparative() => (vagueComparativeRead ??= new Box<string?>(ReadVagueComparative())).Value;

    private Box<string?>? vagueComparativeRead;

    private string? ReadVagueComparative()
    {
        var t = A.Tokens;
        var last = LastWordIndex();

        if (last < 2 || Numbers.Quantities.Count > 0 || !t[last].IsWord || t[last].Text.Length < 8 || !t[last].Text.EndsWith("er", StringComparison.Ordinal))
        {
            return null;
        }

        var verb = Array.FindLastIndex(t, last, x => x.Text is "zijn" or "is" or "worden" or "wordt");
        return verb >= 0 && last - verb <= 2 && Roles[last] == ClauseRole.Main ? A.Surface(verb + 1, last + 1) : null;
    }

    /// <summary>"wg Mobiliteit: hoe krijgen we …?": a werkgroep's question states no result. Null when not a question with "we".</summary>
    public string? WorkingGroupQuestion() => (workingGroupQuestionRead ??= new Box<string?>(ReadWorkingGroupQuestion())).Value;

    private Box<string?>? workingGroupQuestionRead;

    private string? ReadWorkingGroupQuestion()
    {
        var t = A.Tokens;
        var question = Array.FindIndex(t, x => x.Text == "?");
        // Round 15: after a werkgroep label any question ("wg Jeugd: wat hebben jongeren eigenlijk nodig?").
        if (question > 0 && StartsWithWorkingGroup && Array.FindIndex(t, x => x.Text == ":") is var colon && colon > 0 && colon < question)
        {
            return A.Surface(colon + 1, question + 1);
        }

        var we = Array.FindIndex(t, x => x.Text == "we");
        return question > 0 && we >= 0 && we < question && t.Take(we).Any(x => x.Text is "hoe" or "wat" or "waarom" or "welke" or "wie")
            ? A.Surface(Math.Max(0, Array.FindLastIndex(t, we, x => x.Text is "hoe" or "wat" or "waarom" or "welke" or "wie")), question + 1)
            : null;
    }

    /// <summary>A working group's name before the question ("wg Mobiliteit:", "werkgroep Armoede:").</summary>
    public bool StartsWithWorkingGroup => A.Count > 0 && A.Tokens[0].Text is "wg" or "werkgroep";

    /// <summary>"uitvoeringsplan armoede", "een actieplan eenzaamheid", "een convenant": plans and agreements in the main clause.</summary>
    /// Only with no quantity, and when the plan is established or the line has no verb at all (a heading of a plan).
    public List<string> PlanWords() => planWords ??= ReadPlanWords();

    private List<string>? planWords;

    private List<string> ReadPlanWords()
    {
        var t = A.Tokens;
        var established = t.Any(x => EstablishingStems.Any(e => x.Text.StartsWith(e, StringComparison.Ordinal)));
        // The head of the line: the first word after a heading ("Wijkagenda 2027:") and an article.
        var head = Array.FindIndex(t, x => x.Text == ":") is var colon && colon >= 0 && colon < 5 ? colon + 1 : 0;
        head += head < t.Length && t[head].Text is "een" or "het" or "de" ? 1 : 0;
        var plans = t.Select((x, i) => (x, i))
            .Where(p => p.x.IsWord && Roles[p.i] == ClauseRole.Main && !(p.i + 1 < A.Count && t[p.i + 1].Text == ":") &&
                ((PlanEndings.Any(e => p.x.Text.EndsWith(e, StringComparison.Ordinal)) && (established || p.i == head)) ||
                 (established && EstablishedEndings.Any(e => p.x.Text.EndsWith(e, StringComparison.Ordinal)))))
            .Select(p => A.Surface(p.i, p.i + 1)).ToList();
        return Numbers.Quantities.Count > 0 ? [] : plans;
    }

    /// <summary>"actieplan eenzaamheid", "plan van aanpak huiselijk geweld": the outcome word right after a plan is its topic.</summary>
    private bool IsPlanTopic(int index)
    {
        var t = A.Tokens;
        var k = index - 1;
        return k >= 0 && t[k].IsWord && (PlanEndings.Any(e => t[k].Text.EndsWith(e, StringComparison.Ordinal)) ||
            (t[k].Text == "aanpak" && k >= 2 && t[k - 1].Text == "van" && t[k - 2].Text == "plan"));
    }

    /// <summary>"een actieplan eenzaamheid met bewoners en welzijn": residents after "met" in a plan line make the plan, they are not its group.</summary>
    private bool MakesThePlan(int groupStart) =>
        groupStart >= 1 && A.Tokens[groupStart - 1].Text == "met" && PlanWords().Count > 0;

    // Supply words that open a headline about an offer: "Voldoende passende woonplekken voor …".
    private static readonly HashSet<string> SupplyWords = new(StringComparer.Ordinal) { "voldoende", "genoeg" };

    /// <summary>
    /// "Voldoende passende woonplekken voor mensen met een beperking", "Voldoende betaalbare huurwoningen voor starters":
    /// a headline with no verb and no number that asks for enough of an offer is a precondition; the group after "voor"
    /// only says whom the offer is for. Returns the offer, or null.
    /// </summary>
    public string? SupplyHeadline() => (supplyHeadlineRead ??= new Box<string?>(ReadSupplyHeadline())).Value;

    private Box<string?>? supplyHeadlineRead;

    private string? ReadSupplyHeadline()
    {
        var t = A.Tokens;
        if (t.Length < 3 || !SupplyWords.Contains(t[0].Text) || Numbers.Quantities.Count > 0 || A.Hits(LexiconLists.ClauseVerbs).Count > 0 || A.Hits(LexiconLists.ChangePredicates).Count > 0 || A.IsHit(LexiconLists.TargetGroups, 1))
        {
            return null;
        }

        var voor = Array.FindIndex(t, x => x.Text is "voor" or "in" or "op");
        return A.Surface(0, voor > 1 ? voor : t.Length);
    }

    /// <summary>
    /// "De wachtlijst voor de dagbesteding is eind 2027 gehalveerd": the length of a waiting list is what a service
    /// delivers (output by the labels' convention), not a change for residents. Only when the list leads the main
    /// clause; residents "op de wachtlijst" are left to the other rules.
    /// </summary>
    private void AddWaitingList()
    {
        var t = A.Tokens;
        var head = Array.FindIndex(t, x => x.Text == ":") is var colon && colon >= 0 && colon < 5 ? colon + 1 : 0;
        head += head < t.Length && t[head].Text is "de" or "het" or "een" ? 1 : 0;
        if (head < t.Length && t[head].Text.StartsWith("wachtlijst", StringComparison.Ordinal) && Roles[head] == ClauseRole.Main &&
            !TargetGroupSpans().Exists(g => g.Start < head))
        {
            output!.Add(new Hit(head, 1, "lengte van een wachtlijst"));
        }
    }

    // A computed value that may itself be null, so a null field can still mean "not read yet".
    private sealed record Box<T>(T Value);

    /// <summary>The index of the last token that is not punctuation (a headline's last word); -1 when there is none.</summary>
    private int LastWordIndex()
    {
        var last = A.Tokens.Length - 1;
        while (last >= 0 && A.Tokens[last].IsPunctuation)
        {
            last--;
        }

        return last;
    }
}
