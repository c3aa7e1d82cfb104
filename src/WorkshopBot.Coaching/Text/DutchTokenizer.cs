using System.Globalization;
using System.Text;

namespace WorkshopBot.Coaching.Text;

internal static class DutchTokenizer
{
    // Folding table for U+0080..U+024F: lower case and the base letter without its diacritic.
    private static readonly char[] Folded = BuildFoldTable();

    public static char Fold(char c)
    {
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        return c switch
        {
            '\u2018' or '\u2019' or '\u02BC' or '\u00B4' or '`' => '\'',
            '\u2013' or '\u2014' or '\u2010' or '\u2011' => '-',
            '\u201C' or '\u201D' or '\u201E' => '"',
            '\u00A0' => ' ',
            _ when c - 128 < Folded.Length => Folded[c - 128],
            _ => char.ToLowerInvariant(c),
        };
    }

    public static Token[] Tokenize(string text)
    {
        var tokens = new List<Token>(Math.Max(4, text.Length / 5));
        var builder = new StringBuilder(24);
        var i = 0;
        while (i < text.Length)
        {
            var c = Fold(text[i]);
            if (char.IsLetterOrDigit(c))
            {
                i = ReadWord(text, i, builder, tokens);
                continue;
            }

            if (c == '%')
            {
                tokens.Add(new Token("%", i, i + 1, TokenKind.Percent, 0, false));
            }
            else if (c == '€')
            {
                // Round 12: the euro sign is a word of its own ("€ 185.000"), so money written with it is read as money.
                tokens.Add(new Token("€", i, i + 1, TokenKind.Word, 0, false));
            }
            else if (c is ',' or ';' or ':' or '.' or '!' or '?' or '(' or ')' or '/' or '-' or '+' or '&')
            {
                tokens.Add(new Token(c.ToString(), i, i + 1, TokenKind.Punctuation, 0, false));
            }

            i++;
        }

        return ExpandArticleAbbreviations(tokens);
    }

    /// <summary>
    /// Round 10: "80% vd mantelzorgers", "de helft v.d. ouders", "vh jaar": the abbreviations of "van de" and "van het"
    /// become the two words, each pointing at its part of the original text, so the rules read them as written out.
    /// </summary>
    private static Token[] ExpandArticleAbbreviations(List<Token> tokens)
    {
        List<Token>? expanded = null;
        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            var dotted = k + 3 < tokens.Count && t.Text == "v" && tokens[k + 1].Text == "." && tokens[k + 2].Text is "d" or "h" && tokens[k + 3].Text == "." &&
                tokens[k + 2].Start == tokens[k + 1].End;
            if (t.IsWord && t.Text is "vd" or "vh" || dotted)
            {
                expanded ??= tokens.GetRange(0, k);
                var article = (dotted ? tokens[k + 2].Text : t.Text[1..]) == "d" ? "de" : "het";
                var end = dotted ? tokens[k + 3].End : t.End;
                expanded.Add(new Token("van", t.Start, t.Start + 1, TokenKind.Word, 0, false));
                expanded.Add(new Token(article, t.Start + 1, end, TokenKind.Word, 0, false));
                k += dotted ? 3 : 0;
                continue;
            }

            expanded?.Add(t);
        }

        return expanded is null ? [.. tokens] : [.. expanded];
    }

    private static int ReadWord(string text, int start, StringBuilder builder, List<Token> tokens)
    {
        builder.Clear();
        var allDigits = true;
        var i = start;
        while (i < text.Length)
        {
            var c = Fold(text[i]);
            if (char.IsLetterOrDigit(c))
            {
                allDigits &= char.IsDigit(c);
                builder.Append(c);
                i++;
                continue;
            }

            var next = i + 1 < text.Length ? Fold(text[i + 1]) : ' ';
            var previous = builder.Length > 0 ? builder[^1] : ' ';
            if ((c is ',' or '.') && allDigits && char.IsDigit(previous) && char.IsDigit(next))
            {
                builder.Append(c);
                i++;
                continue;
            }

            // An inner hyphen or apostrophe joins a word ("75-plussers", "baby's"), but not two numbers
            // ("2026-2027" is a range).
            if ((c is '-' or '\'') && char.IsLetterOrDigit(next) && !(allDigits && char.IsDigit(next)))
            {
                allDigits = false;
                i++;
                continue;
            }

            break;
        }

        var folded = builder.ToString();
        if (allDigits && DutchNumbers.TryParseDigits(folded, out var digits))
        {
            tokens.Add(new Token(folded, start, i, TokenKind.Number, digits, true));
        }
        else if (DutchNumbers.TryParseWord(folded, out var word))
        {
            tokens.Add(new Token(folded, start, i, TokenKind.Number, word, false));
        }
        else
        {
            tokens.Add(new Token(folded, start, i, TokenKind.Word, 0, false));
        }

        return i;
    }

    private static char[] BuildFoldTable()
    {
        var table = new char[0x250 - 128];
        for (var c = 128; c < 0x250; c++)
        {
            var decomposed = ((char)c).ToString().Normalize(NormalizationForm.FormD);
            var basic = decomposed.FirstOrDefault(ch => CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark);
            table[c - 128] = basic == default ? (char)c : char.ToLowerInvariant(basic);
        }

        return table;
    }
}
