using System.Collections.Frozen;
using System.Globalization;

namespace WorkshopBot.Coaching.Text;

/// <summary>
/// Dutch numerals written as words, folded (no diacritics): "drie", "twintig", "vijfentwintig",
/// "tweeenveertig" (tweeënveertig), "honderdvijftig", "tweeduizend". "een" is deliberately not a number here:
/// it is far more often the article; the time rules accept "een jaar" themselves.
/// </summary>
internal static class DutchNumbers
{
    private static readonly FrozenDictionary<string, int> Units = new Dictionary<string, int>
    {
        ["een"] = 1, ["twee"] = 2, ["drie"] = 3, ["vier"] = 4, ["vijf"] = 5, ["zes"] = 6, ["zeven"] = 7, ["acht"] = 8, ["negen"] = 9,
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, int> BelowHundred = new Dictionary<string, int>
    {
        ["nul"] = 0, ["een"] = 1, ["twee"] = 2, ["drie"] = 3, ["vier"] = 4, ["vijf"] = 5, ["zes"] = 6, ["zeven"] = 7, ["acht"] = 8, ["negen"] = 9,
        ["tien"] = 10, ["elf"] = 11, ["twaalf"] = 12, ["dertien"] = 13, ["veertien"] = 14, ["vijftien"] = 15, ["zestien"] = 16,
        ["zeventien"] = 17, ["achttien"] = 18, ["negentien"] = 19, ["twintig"] = 20, ["dertig"] = 30, ["veertig"] = 40,
        ["vijftig"] = 50, ["zestig"] = 60, ["zeventig"] = 70, ["tachtig"] = 80, ["negentig"] = 90,
    }.ToFrozenDictionary();

    private static readonly string[] Tens = ["twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"];

    public static bool TryParseWord(string folded, out double value)
    {
        value = 0;
        if (folded.Length < 3 || folded == "een")
        {
            return false;
        }

        if (folded == "anderhalf")
        {
            value = 1.5;
            return true;
        }

        var thousand = folded.IndexOf("duizend", StringComparison.Ordinal);
        if (thousand >= 0)
        {
            var left = folded[..thousand];
            var right = folded[(thousand + "duizend".Length)..];
            var multiplier = left.Length == 0 ? 1 : BelowThousand(left);
            var rest = right.Length == 0 ? 0 : BelowThousand(right.StartsWith("en", StringComparison.Ordinal) && right.Length > 2 && BelowThousand(right[2..]) >= 0 ? right[2..] : right);
            if (multiplier < 1 || rest < 0)
            {
                return false;
            }

            value = (multiplier * 1000) + rest;
            return true;
        }

        var parsed = BelowThousand(folded);
        if (parsed < 0)
        {
            return false;
        }

        value = parsed;
        return true;
    }

    /// <summary>Digits with Dutch separators: "7,5" is 7.5 and "1.000" is 1000.</summary>
    public static bool TryParseDigits(string text, out double value)
    {
        var normalized = text;
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0 && text.IndexOf(',', StringComparison.Ordinal) < 0 && text.Length - dot - 1 == 3)
        {
            normalized = text.Replace(".", string.Empty, StringComparison.Ordinal);
        }
        else
        {
            normalized = text.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.');
        }

        return double.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static int BelowThousand(string s)
    {
        var hundred = s.IndexOf("honderd", StringComparison.Ordinal);
        if (hundred < 0)
        {
            return Below100(s);
        }

        var left = s[..hundred];
        var right = s[(hundred + "honderd".Length)..];
        var multiplier = left.Length == 0 ? 1 : Units.GetValueOrDefault(left, -1);
        if (multiplier < 1)
        {
            return -1;
        }

        if (right.Length == 0)
        {
            return multiplier * 100;
        }

        var rest = Below100(right);
        if (rest < 0 && right.StartsWith("en", StringComparison.Ordinal))
        {
            rest = Below100(right[2..]);
        }

        return rest < 0 ? -1 : (multiplier * 100) + rest;
    }

    private static int Below100(string s)
    {
        if (BelowHundred.TryGetValue(s, out var direct))
        {
            return direct;
        }

        foreach (var ten in Tens)
        {
            if (s.Length > ten.Length + 2 && s.EndsWith(ten, StringComparison.Ordinal))
            {
                var prefix = s[..^ten.Length];
                if (prefix.EndsWith("en", StringComparison.Ordinal) && Units.TryGetValue(prefix[..^2], out var unit))
                {
                    return unit + BelowHundred[ten];
                }
            }
        }

        return -1;
    }
}
