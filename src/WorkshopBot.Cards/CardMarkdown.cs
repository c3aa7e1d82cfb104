using System.Text;

namespace WorkshopBot.Cards;

// TextBlock and FactSet text is rendered as a markdown subset (Teams also turns <at>…</at> into
// mentions and {{DATE(…)}} into dates). Everything a user typed goes through Escape so a sticky note
// cannot produce links, headings, lists, emphasis, code or mentions: every markdown-significant ASCII
// punctuation character gets a CommonMark backslash escape, and "{{" is broken with a zero-width space.
public static class CardMarkdown
{
    private const string Significant = "\\`*_{}[]()#+-.!<>~|";

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var builder = new StringBuilder(normalised.Length + 16);
        for (var i = 0; i < normalised.Length; i++)
        {
            var c = normalised[i];
            if (c == '{' && i + 1 < normalised.Length && normalised[i + 1] == '{')
            {
                builder.Append("\\{\u200B");
                continue;
            }

            if (Significant.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    public static bool IsSignificant(char c) => Significant.Contains(c, StringComparison.Ordinal);
}
