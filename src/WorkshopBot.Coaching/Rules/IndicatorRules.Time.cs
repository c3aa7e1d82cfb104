using WorkshopBot.Domain.Items;
using WorkshopBot.Coaching.Text;

namespace WorkshopBot.Coaching.Rules;

// Round 9: hours and minutes in an indicator name — a behaviour of residents, or the organisation's effort.
internal sealed partial class IndicatorRules
{
    /// <summary>
    /// "Gemiddeld aantal minuten beweging per dag van gepensioneerden", "aantal uren slaap per nacht van tieners": time
    /// that residents spend on something they do is a behaviour (outcome). "Aantal uren coördinatie voor de maatjes per
    /// week", "uren inzet van de buurtsportcoach": hours with no residents are the organisation's effort (input). Not
    /// when the hours are an activity delivered ("aantal uren huiswerkbegeleiding voor leerlingen") or a known output noun.
    /// </summary>
    private static (IndicatorType? Type, IReadOnlyList<string> Evidence)? TimeSpent(TextAnalysis name)
    {
        var t = name.Tokens;
        var unit = Array.FindIndex(t, x => x.Text is "uren" or "uur" or "minuten");
        if (unit < 0 || unit + 1 >= t.Length || !t[unit + 1].IsWord || t[unit + 1].Text is "per" or "in" or "van" or "voor" or "bij" or "dat" or "die")
        {
            return null;
        }

        var what = unit + 1;
        if (name.MatchAt(LexiconLists.OutputNouns, what) > 0 || name.MatchAt(LexiconLists.IndicatorOutputTerms, what) > 0 ||
            name.MatchAt(LexiconLists.TargetGroups, what) > 0 || name.MatchAt(LexiconLists.IndicatorProcessTerms, what) > 0 ||
            name.MatchAt(LexiconLists.ProcessTerms, what) > 0 || IsSupportWord(t[what].Text))
        {
            // "uren huiswerkbegeleiding": an activity delivered; "minuten wachttijd": process; left to the lists.
            return null;
        }

        var residents = name.Hits(LexiconLists.TargetGroups).Where(g => g.Start > what && g.Start >= 2 &&
            t[g.Start - 1].Text is "van" or "bij" or "onder" || (g.Start >= 3 && t[g.Start - 2].Text is "van" or "bij" or "onder")).ToList();
        if (residents.Count > 0)
        {
            return (IndicatorType.Outcome, [$"{name.Surface(unit, what + 1)} van {name.Surface(residents[0])}"]);
        }

        return name.Hits(LexiconLists.TargetGroups).Count == 0 ? (IndicatorType.Input, [name.Surface(unit, what + 1)]) : null;
    }

    /// <summary>
    /// Round 12: "Percentage signalen … dat binnen twee weken wordt opgepakt", "… dat binnen vijf werkdagen tot een
    /// huisbezoek leidt", "… dat binnen acht weken is beslist": a share of cases handled within a deadline measures
    /// timeliness (process), whatever problem the cases are about. Not "dat binnen zes maanden werk heeft": residents who
    /// reach a state within a period are a change.
    /// </summary>
    private static (IndicatorType? Type, IReadOnlyList<string> Evidence)? HandledInTime(TextAnalysis name)
    {
        var t = name.Tokens;
        var clause = Array.FindIndex(t, x => x.Text is "dat" or "die");
        var deadline = clause < 0 ? null : TimelinessHits(name).Where(h => h.Start > clause).Select(h => (Hit?)h).FirstOrDefault();
        // Residents counted ("Percentage jongeren dat binnen zes maanden opnieuw wordt opgepakt") are not cases handled.
        if (deadline is not { } d || CountsResidents(name, out _))
        {
            return null;
        }

        var handled = Enumerable.Range(clause + 1, t.Length - clause - 1).Any(k =>
                t[k].Text is "wordt" or "worden" or "werd" or "werden" or "leidt" or "leiden" ||
                (t[k].Text is "is" or "zijn" && Enumerable.Range(k + 1, t.Length - k - 1).Any(j => IsParticipleLike(t[j].Text) || (t[j].Text.Contains("ge", StringComparison.Ordinal) && t[j].Text.EndsWith("en", StringComparison.Ordinal) && t[j].Text.Length > 7)))) ||
            name.Hits(LexiconLists.ReceivingWords).Exists(h => h.Start > clause) || name.Hits(LexiconLists.IndicatorProcessTerms).Exists(h => h.Start > clause && h.Start < d.Start);
        return handled ? (IndicatorType.Proces, ["tijdigheid: " + name.Surface(d)]) : null;
    }

    // Words for help an organisation gives: hours of it are an activity delivered, not a behaviour.
    private static bool IsSupportWord(string word) =>
        word.EndsWith("begeleiding", StringComparison.Ordinal) || word.EndsWith("ondersteuning", StringComparison.Ordinal) ||
        word.EndsWith("hulp", StringComparison.Ordinal) || word.EndsWith("les", StringComparison.Ordinal) || word.EndsWith("zorg", StringComparison.Ordinal);

    private static readonly HashSet<string> TimeUnits = new(StringComparer.Ordinal)
    {
        "dag", "dagen", "werkdag", "werkdagen", "week", "weken", "maand", "maanden", "kalenderdagen", "uur",
    };

    private static IEnumerable<Hit> TimelinessHits(TextAnalysis text)
    {
        var t = text.Tokens;
        for (var i = 0; i + 1 < t.Length; i++)
        {
            if (t[i].Text == "binnen" && i + 2 < t.Length && (t[i + 1].IsNumber || t[i + 1].Text == "een") && TimeUnits.Contains(t[i + 2].Text))
            {
                yield return new Hit(i, 3, "binnen … " + t[i + 2].Text);
            }
            else if (TimeUnits.Contains(t[i].Text) && t[i + 1].Text is "tot" or "tussen")
            {
                yield return new Hit(i, 2, t[i].Text + " " + t[i + 1].Text);
            }
            else if (TimeUnits.Contains(t[i].Text) && i + 3 < t.Length && t[i + 1].Text == "op" && t[i + 3].Text.EndsWith("wachtlijst", StringComparison.Ordinal))
            {
                // Round 10: "weken op de wachtlijst" is a waiting time, not the list's size.
                yield return new Hit(i, 4, t[i].Text + " op de wachtlijst");
            }
        }
    }
}
