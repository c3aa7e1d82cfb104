using System.Text;

namespace WorkshopBot.Exports.Formatting;

// The neutralisation policy of docs/exports.md, in one place.
internal static class SafeText
{
    // Removes what XML 1.0 cannot carry (C0 controls other than tab/LF/CR, U+FFFE/U+FFFF, lone
    // surrogates) and C1 controls, so a pasted note with \u0001 cannot corrupt a .docx or .xlsx.
    // Line ends become \n everywhere: XML readers turn a stored CR into LF anyway, so keeping CR would
    // only make the formats disagree.
    public static string Clean(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (!NeedsCleaning(value))
        {
            return value;
        }

        value = value.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    builder.Append(c).Append(value[i + 1]);
                    i++;
                }

                continue;
            }

            if (!IsDropped(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    // Spreadsheet formula injection (OWASP "CSV injection"): a cell that Excel or LibreOffice could
    // read as a formula gets a leading apostrophe, so it is shown as text and stays text when a user
    // saves the sheet as CSV again. Leading spaces and quotes do not hide a trigger character.
    public static string NeutraliseFormula(string value) => StartsFormula(value, 0) ? "'" + value : value;

    // NeutraliseFormula for a CSV field, applied also after every ',' ';' and line break inside it. Excel
    // splits a CSV on the list separator of the reader's regional settings (';' in Dutch, ',' in English),
    // and a quote only protects a field it opens: opened with the other separator, "x,=2+5" in a ';' file
    // becomes the cells "x and =2+5, and a line break in a field ends the row. So each of those spots can
    // start a cell, and gets the same apostrophe as the start of the field: "x,'=2+5".
    public static string NeutraliseCsvFormula(string value)
    {
        StringBuilder? builder = null;
        var cellStart = true;
        for (var i = 0; i < value.Length; i++)
        {
            if (cellStart && StartsFormula(value, i))
            {
                builder ??= new StringBuilder(value.Length + 4).Append(value, 0, i);
                builder.Append('\'');
            }

            builder?.Append(value[i]);
            cellStart = value[i] is ',' or ';' or '\r' or '\n';
        }

        return builder?.ToString() ?? value;
    }

    // Inline markdown: HTML-escape (so <script> is shown, never parsed) and backslash-escape the
    // characters CommonMark/GFM give meaning to. Newlines become spaces so user text cannot open a
    // new block (heading, list, table row) in the middle of ours.
    public static string Markdown(string value)
    {
        var flat = value.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ').Trim();
        var builder = new StringBuilder(flat.Length + 8);
        foreach (var c in flat)
        {
            // Markdown renders a run of spaces as one; collapsing keeps the source as readable.
            if (c == ' ' && builder.Length > 0 && builder[^1] == ' ')
            {
                continue;
            }

            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~' or '#' or '!' or '{' or '}':
                    builder.Append('\\').Append(c);
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        EscapeBlockStart(builder);
        return builder.ToString();
    }

    private static void EscapeBlockStart(StringBuilder builder)
    {
        if (builder.Length == 0)
        {
            return;
        }

        // "- x", "+ x", "= x" (setext underline) and "1. x" / "1) x" start blocks at a line start.
        if (builder[0] is '-' or '+' or '=')
        {
            builder.Insert(0, '\\');
            return;
        }

        var digits = 0;
        while (digits < builder.Length && char.IsAsciiDigit(builder[digits]))
        {
            digits++;
        }

        if (digits > 0 && digits < builder.Length && builder[digits] is '.' or ')')
        {
            builder.Insert(digits, '\\');
        }
    }

    private static bool StartsFormula(string value, int start)
    {
        var i = start;
        while (i < value.Length && value[i] is ' ' or '"')
        {
            i++;
        }

        return i < value.Length && IsFormulaTrigger(value[i]);
    }

    private static bool IsFormulaTrigger(char c) =>
        c is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n'
            or '\uFF1D' or '\uFF0B' or '\uFF0D' or '\uFF20';

    private static bool NeedsCleaning(string value)
    {
        foreach (var c in value)
        {
            if (IsDropped(c) || char.IsSurrogate(c) || c == '\r')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDropped(char c) =>
        (c < '\u0020' && c is not '\t' and not '\n' and not '\r')
            || (c >= '\u007F' && c <= '\u009F')
            || c is '\uFFFE' or '\uFFFF'
            || char.IsLowSurrogate(c);
}
