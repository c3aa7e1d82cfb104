using WorkshopBot.Coaching.Text;

namespace WorkshopBot.Coaching.Rules;

/// <summary>
/// Where the text says when (termijn) and how much (hoeveelheid). Numbers that belong to a time horizon
/// ("over 3 jaar"), an age ("jongeren tot 23 jaar", "18- tot 27-jarigen") or a school group ("groep 7") are not
/// quantities: "Over drie jaar voelen minder ouderen zich eenzaam" is time-bound but not measurable.
/// </summary>
internal sealed class NumberFacts
{
    private static readonly HashSet<string> Counters = new(StringComparer.Ordinal)
    {
        "groep", "groepen", "klas", "klassen", "leerjaar", "fase", "artikel", "wijk", "niveau", "trede", "stap", "stappen", "pijler", "route", "nummer", "versie",
    };

    private NumberFacts(List<Span> horizons, List<Span> baselineYears, List<Span> quantities, List<Span> fromTo)
    {
        Horizons = horizons;
        BaselineYears = baselineYears;
        Quantities = quantities;
        FromTo = fromTo;
    }

    public IReadOnlyList<Span> Horizons { get; }

    public IReadOnlyList<Span> BaselineYears { get; }

    public IReadOnlyList<Span> Quantities { get; }

    /// <summary>"van 40% naar 30%": index 0 is the baseline, 1 the target.</summary>
    public IReadOnlyList<Span> FromTo { get; }

    private static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
        "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec",
    };

    // "1. minder overlast\n2. …", "wg armoede 12/3:": list numbers and dates in a note are not quantities.
    private static void FindListMarkers(TextAnalysis a, bool[] consumed)
    {
        var t = a.Tokens;
        for (var i = 0; i + 1 < t.Length; i++)
        {
            var lineStart = i == 0 || a.Text.AsSpan(t[i - 1].End, t[i].Start - t[i - 1].End).Contains('\n');
            if (t[i].IsNumber && t[i].FromDigits && lineStart && t[i + 1].Text is "." or ")")
            {
                consumed[i] = true;
            }

            // "[09:14] Sanne: …": a clock time in a chat line.
            if (t[i].IsNumber && t[i].FromDigits && t[i].End - t[i].Start <= 2 && i + 2 < t.Length && t[i + 1].Text == ":" && t[i + 2].IsNumber && t[i + 2].FromDigits &&
                t[i + 2].End - t[i + 2].Start == 2)
            {
                consumed[i] = consumed[i + 2] = true;
            }

            // Round 12: "voor 1 juli 2026", "per 1 januari": a day of the month is a date, not a quantity.
            if (t[i].IsNumber && t[i].FromDigits && t[i].Value is >= 1 and <= 31 && t[i].Value == Math.Floor(t[i].Value) && Months.Contains(t[i + 1].Text))
            {
                consumed[i] = true;
            }

            // "actie 2.4", "doelstelling 4.1", "raadsvraag 12": the number of a heading, not a quantity.
            if (t[i + 1].IsNumber && t[i + 1].FromDigits && t[i].Text is "actie" or "doelstelling" or "speerpunt" or "nr" or "nummer" or "artikel" or "paragraaf" or "hoofdstuk" or "raadsvraag" or "agendapunt" or "motie" or "amendement")
            {
                consumed[i + 1] = true;
            }

            if (t[i].IsNumber && t[i].FromDigits && i + 2 < t.Length && t[i + 1].Text == "/" && t[i + 2].IsNumber && t[i + 2].FromDigits &&
                i + 3 < t.Length && t[i + 3].Text == ":")
            {
                consumed[i] = consumed[i + 2] = true;
            }
        }
    }

    public static NumberFacts Analyze(TextAnalysis a)
    {
        var t = a.Tokens;
        var consumed = new bool[t.Length];
        var horizons = new List<Span>();
        var baselineYears = new List<Span>();

        foreach (var hit in a.Hits(LexiconLists.TimePhrases))
        {
            horizons.Add(new Span(hit.Start, hit.End));
            Mark(consumed, hit.Start, hit.End);
        }

        FindDurations(a, consumed, horizons);
        FindYears(a, consumed, horizons, baselineYears);
        FindAges(a, consumed);
        FindListMarkers(a, consumed);

        var quantities = new List<Span>();
        for (var i = 0; i < t.Length; i++)
        {
            if (consumed[i] || !t[i].IsNumber || t[i].IsYear)
            {
                continue;
            }

            if (i > 0 && Counters.Contains(t[i - 1].Text))
            {
                continue;
            }

            var end = i + 1;
            if (end < t.Length && (t[end].Kind == TokenKind.Percent || t[end].Text is "procent" or "procentpunt" or "procentpunten"))
            {
                end++;
            }

            quantities.Add(new Span(i, end));
            i = end - 1;
        }

        foreach (var hit in a.Hits(LexiconLists.QuantityPhrases))
        {
            if (!consumed[hit.Start] && !quantities.Exists(q => q.Start <= hit.Start && hit.Start < q.End))
            {
                quantities.Add(new Span(hit.Start, hit.End));
            }
        }

        quantities.Sort((x, y) => x.Start.CompareTo(y.Start));
        return new NumberFacts(horizons, baselineYears, quantities, FindFromTo(a, quantities));
    }

    private static void FindDurations(TextAnalysis a, bool[] consumed, List<Span> horizons)
    {
        var t = a.Tokens;
        for (var i = 0; i < t.Length; i++)
        {
            var prep = a.MatchAt(LexiconLists.DurationPrepositions, i);
            if (prep == 0 || consumed[i])
            {
                continue;
            }

            var j = i + prep;
            var hasAmount = false;
            if (j < t.Length && t[j].IsNumber && !t[j].IsYear)
            {
                hasAmount = true;
                j++;
            }
            else if (j < t.Length && t[j].Text == "een")
            {
                hasAmount = true;
                j++;
            }

            if (j < t.Length && t[j].Text is "half" or "halve")
            {
                hasAmount = true;
                j++;
            }

            var unit = j < t.Length ? a.MatchAt(LexiconLists.DurationUnits, j) : 0;
            if (hasAmount && unit > 0)
            {
                horizons.Add(new Span(i, j + unit));
                Mark(consumed, i, j + unit);
                i = j + unit - 1;
            }
        }
    }

    private static void FindYears(TextAnalysis a, bool[] consumed, List<Span> horizons, List<Span> baselineYears)
    {
        var t = a.Tokens;
        for (var i = 0; i < t.Length; i++)
        {
            if (!t[i].IsYear || consumed[i])
            {
                continue;
            }

            var year = (int)t[i].Value;
            var start = i;
            for (var back = 1; back <= 4 && i - back >= 0; back++)
            {
                if (a.MatchAt(LexiconLists.YearPrepositions, i - back) > 0 && i - back + a.MatchAt(LexiconLists.YearPrepositions, i - back) >= i - 1)
                {
                    start = i - back;
                }
            }

            Mark(consumed, start, i + 1);
            if (IsBaselineYear(a, i) || year < 2024)
            {
                baselineYears.Add(new Span(start, i + 1));
            }
            else if (year <= 2040)
            {
                horizons.Add(new Span(start, i + 1));
            }
        }
    }

    // A year is a baseline when the nearest marker before it says so ("ten opzichte van 2024",
    // "van 40% in 2024 naar …", "nulmeting 2024") or the next word is "was"/"waren"; "naar …" or a
    // deadline word ("eind", "uiterlijk") before it makes it a horizon.
    private static bool IsBaselineYear(TextAnalysis a, int index)
    {
        var t = a.Tokens;
        if (index + 1 < t.Length && t[index + 1].Text is "was" or "waren" or "lag")
        {
            return true;
        }

        for (var back = 1; back <= 5 && index - back >= 0; back++)
        {
            var k = index - back;
            var text = t[k].Text;
            if (text is "naar" or "eind" or "einde" or "uiterlijk" or "ultimo" or "per" or "voor" or "tot" or "tegen" or "medio" or "halverwege"
                or "zomer" or "najaar" or "voorjaar" or "winter" or "herfst" or "begin")
            {
                return false;
            }

            if (t[k].IsPunctuation && text is "," or ";" or ".")
            {
                return false;
            }

            // "van" marks a baseline only as "van <getal>" ("van 40% in 2024"), not in "van de jongeren in 2027".
            // Nor in "vóór de zomer van 2027".
            if (a.MatchAt(LexiconLists.BaselineYearMarkers, k) > 0 && (text != "van" || (k + 1 < t.Length && t[k + 1].IsNumber)) &&
                !(text == "van" && k > 0 && t[k - 1].Text is "zomer" or "najaar" or "voorjaar" or "winter" or "herfst" or "begin" or "eind" or "einde"))
            {
                return true;
            }
        }

        return false;
    }

    private static void FindAges(TextAnalysis a, bool[] consumed)
    {
        var t = a.Tokens;
        for (var i = 0; i < t.Length; i++)
        {
            if (!t[i].IsNumber || consumed[i])
            {
                continue;
            }

            var next = i + 1 < t.Length ? t[i + 1].Text : string.Empty;
            var previous = i > 0 ? t[i - 1].Text : string.Empty;
            var beforePrevious = i > 1 ? t[i - 2].Text : string.Empty;
            var afterNext = i + 2 < t.Length ? t[i + 2].Text : string.Empty;

            // "N jaar" is an age only in an age frame ("tot 23 jaar", "65 jaar en ouder"); otherwise it is an
            // amount of time ("twee jaar eerder", "drie jaar langer thuis").
            var ageFrame = previous is "van" or "tot" or "tussen" or "vanaf" or "boven" or "onder" or "dan" or "en" or "m" or "-" ||
                afterNext is "oud" or "ouder" or "jonger" or "en" or "of" && i + 3 < t.Length && t[i + 3].Text is "ouder" or "jonger";
            var isAge =
                next is "jarigen" or "jarige" or "plus" or "plussers" or "-" or "+" ||
                next == "jaar" && ageFrame ||
                previous == "dan" && beforePrevious is "ouder" or "jonger";
            if (!isAge && next is "en" or "tot" or "-" or "a" && i + 3 <= t.Length)
            {
                // "tussen 12 en 18 jaar", "van 4 tot 12 jaar": the first number is an age too.
                var k = i + 2;
                isAge = k < t.Length && t[k].IsNumber && k + 1 < t.Length && t[k + 1].Text is "jaar" or "jarigen" or "jarige";
            }

            if (isAge)
            {
                consumed[i] = true;
            }
        }
    }

    private static List<Span> FindFromTo(TextAnalysis a, List<Span> quantities)
    {
        var t = a.Tokens;
        for (var q = 0; q < quantities.Count; q++)
        {
            var from = quantities[q];
            if (from.Start == 0 || t[from.Start - 1].Text != "van")
            {
                continue;
            }

            for (var r = q + 1; r < quantities.Count; r++)
            {
                var to = quantities[r];
                if (to.Start - from.End > 4)
                {
                    break;
                }

                if (to.Start > 0 && t[to.Start - 1].Text == "naar")
                {
                    return [from, to];
                }
            }
        }

        return [];
    }

    private static void Mark(bool[] consumed, int start, int end)
    {
        for (var k = start; k < end && k < consumed.Length; k++)
        {
            consumed[k] = true;
        }
    }
}
