using WorkshopBot.Coaching.Text;

namespace WorkshopBot.Coaching.Rules;

// Timeliness of a service (moved out of ResultFacts.cs in round 15 for file size; round 15 added waiting and lead times).
internal sealed partial class ResultFacts
{
    /// <summary>
    /// Timeliness of a service in the main clause: "sneller"/"eerder" or "binnen vijf werkdagen" next to a
    /// receiving word ("krijgen sneller een plek", "kunnen sneller terecht", "binnen een week teruggebeld").
    /// </summary>
    public List<string> TimelinessSurfaces()
    {
        var t = A.Tokens;
        var found = new List<string>();
        var receiving = A.Hits(LexiconLists.ReceivingWords);
        for (var i = 0; i < t.Length; i++)
        {
            if (Roles[i] != ClauseRole.Main)
            {
                continue;
            }

            // Round 15: waiting for a service ("wacht … maximaal zes weken op een jeugdhulptraject") and a lead time from a
            // step of the service ("binnen 10 weken na de brede intake") measure how fast the service works.
            var unit = Array.FindIndex(t, i + 1, Math.Max(0, Math.Min(6, t.Length - i - 1)), x => x.Text is "dagen" or "weken" or "maanden" or "werkdagen" or "week" or "maand");
            var wait = t[i].Text is "wacht" or "wachten" or "wachtte" or "wachtten"
                ? Array.FindIndex(t, i + 1, Math.Max(0, Math.Min(12, t.Length - i - 1)), x => x.Text is "dagen" or "weken" or "maanden" or "werkdagen" or "week" or "maand")
                : -1;
            if (wait > 0)
            {
                found.Add(A.Surface(i, wait + 1));
                continue;
            }

            if (t[i].Text == "binnen" && unit == i + 2 && unit + 2 < t.Length && t[unit + 1].Text == "na" && t[unit + 2].Text is "de" or "het" or "een" or "aanmelding" or "melding")
            {
                found.Add(A.Surface(i, Math.Min(t.Length, unit + 4)));
                continue;
            }

            var fast = t[i].Text is "sneller" or "eerder";
            var within = t[i].Text == "binnen" && i + 2 < t.Length && (t[i + 1].IsNumber || t[i + 1].Text == "een") &&
                t[i + 2].Text is "werkdagen" or "werkdag" or "dagen" or "dag" or "week" or "weken";
            // A deadline ("binnen vier weken een eerste gesprek") is timeliness even when an activity is received.
            if ((!fast && !within) || (!within && A.Hits(LexiconLists.OutputNouns).Exists(n => Roles[n.Start] == ClauseRole.Main)))
            {
                continue;
            }

            // Round 11: "binnen vijf werkdagen een eerste gesprek": a deadline for the first contact is timeliness.
            var first = within ? Array.FindIndex(t, i + 3, Math.Max(0, Math.Min(3, t.Length - i - 4)), x => x.Text == "eerste") : -1;
            if (first > 0)
            {
                found.Add(A.Surface(i, first + 2));
                continue;
            }

            // "sneller weten waar zij terecht kunnen" is about what residents know, not about the service.
            var near = receiving.FindIndex(h => h.Start >= i - 4 && h.Start <= i + 5 && Roles[h.Start] == ClauseRole.Main);
            var knows = Enumerable.Range(Math.Max(0, i - 3), 7).Any(k => k < t.Length && t[k].Text is "weten" or "weet");
            if (near >= 0 && !knows)
            {
                var start = Math.Min(i, receiving[near].Start);
                var end = Math.Max(within ? i + 3 : i + 1, receiving[near].End);
                found.Add(A.Surface(start, end));
            }
        }

        return found;
    }
}
