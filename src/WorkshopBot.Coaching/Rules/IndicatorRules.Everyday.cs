using WorkshopBot.Coaching.Text;
using WorkshopBot.Domain.Items;

namespace WorkshopBot.Coaching.Rules;

// Round 16: readings that hold even when a problem noun or a resource word is in the name — handling in time and partners'
// marks are process, organisations aangesloten bij something are process, residents or participants "met" a steady state of
// their own are outcome, contributions residents received are output.
internal sealed partial class IndicatorRules
{
    private static readonly HashSet<string> OwnStateWords = new(StringComparer.Ordinal) { "vaste", "eigen", "sluitende", "betaalde", "stabiele" };

    // A helper one is given ("met een vaste begeleider") is a service, not a state; a doctor of one's own ("met een vaste
    // huisarts") is a state, even though a huisarts is a service elsewhere.
    private static readonly string[] HelperNouns = ["begeleider", "coach", "maatje", "contactpersoon", "consulent", "werker", "mentor", "buddy"];

    private static readonly string[] HandlingStems = ["opgepakt", "afgehandeld", "opgevolgd", "behandeld", "behandeling", "beantwoord", "teruggebeld"];

    private static readonly string[] DurationHeads = ["doorlooptijd", "wachttijd", "reactietijd", "afhandeltijd", "behandeltijd"];

    private static readonly string[] ReceivedStems = ["ontving", "ontvangen", "ontvangt", "kreeg", "kregen", "krijgt"];

    private static (IndicatorType? Type, IReadOnlyList<string> Evidence)? EverydayReading(TextAnalysis name)
    {
        var t = name.Tokens;
        // "Gemiddelde doorlooptijd melding woonoverlast", "% meldingen binnen 5 werkdagen opgepakt": how fast cases are handled.
        var duration = Array.FindIndex(t, x => DurationHeads.Any(d => x.Text.StartsWith(d, StringComparison.Ordinal)));
        if (duration >= 0 && duration <= 2)
        {
            return (IndicatorType.Proces, ["tijdigheid: " + name.Surface(duration, t.Length)]);
        }

        var deadline = TimelinessHits(name).Select(h => (Hit?)h).FirstOrDefault();
        if (deadline is { } d && Enumerable.Range(d.End, t.Length - d.End).Any(k => HandlingStems.Any(s => t[k].Text.StartsWith(s, StringComparison.Ordinal))))
        {
            return (IndicatorType.Proces, ["tijdigheid: " + name.Surface(d.Start, t.Length)]);
        }

        // "Rapportcijfer partners voor de samenwerking": a mark partners give, without "van".
        var rating = name.Hits(LexiconLists.RatingTerms).Select(h => (Hit?)h).FirstOrDefault();
        if (rating is { } r && r.End < t.Length && t[r.End].Text.EndsWith("partners", StringComparison.Ordinal))
        {
            return (IndicatorType.Proces, ["oordeel van partners: " + name.Surface(r.Start, r.End + 1)]);
        }

        for (var k = 1; k + 2 < t.Length; k++)
        {
            // "Aantal uitzendbureaus aangesloten bij het keurmerk": organisations joining, with no relative pronoun.
            if (t[k].Text is "aangesloten" && OrganisationEndings.Any(e => t[k - 1].Text.EndsWith(e, StringComparison.Ordinal)) && t[k + 1].Text is "bij" or "aan")
            {
                return (IndicatorType.Proces, ["aangesloten: " + name.Surface(k - 1, t.Length)]);
            }

            // "zorgmijders met een vaste huisarts", "zzp'ers met een sluitende begroting", "deelnemers … met een betaalde baan".
            if (t[k].Text == "met" && t[k + 1].Text is "een" or "hun" or "eigen" && (OwnStateWords.Contains(t[k + 1].Text) || OwnStateWords.Contains(t[k + 2].Text)) &&
                Enumerable.Range(0, k).Any(j => name.IsHit(LexiconLists.TargetGroups, j) || ParticipantEndings.Any(e => t[j].Text.EndsWith(e, StringComparison.Ordinal))) &&
                !t.Take(k).Any(x => x.Text is "dat" or "die") && !HelperNouns.Any(e => t[Math.Min(k + 3, t.Length - 1)].Text.EndsWith(e, StringComparison.Ordinal)))
            {
                return (IndicatorType.Outcome, ["situatie: " + name.Surface(k, t.Length)]);
            }
        }

        // "Aantal kinderen dat een Jeugdfonds-bijdrage ontving": what residents received is output (a deadline makes it
        // timeliness instead: "dat binnen vijf werkdagen een reactie krijgt").
        var clause = Array.FindIndex(t, x => x.Text is "dat" or "die");
        if (clause > 0 && name.IsHit(LexiconLists.TargetGroups, clause - 1) && Enumerable.Range(clause + 1, t.Length - clause - 1).Any(k => ReceivedStems.Contains(t[k].Text)) &&
            !HasChangeWords(name, clause) && !TimelinessHits(name).Any())
        {
            return (IndicatorType.Output, ["ontvangen: " + name.Surface(clause, t.Length)]);
        }

        return null;
    }
}
