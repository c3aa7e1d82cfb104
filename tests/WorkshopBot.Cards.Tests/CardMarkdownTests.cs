using System.Text;
using WorkshopBot.Cards;
using WorkshopBot.TestKit.Cards;
using Xunit;

namespace WorkshopBot.Cards.Tests;

public sealed class CardMarkdownTests
{
    public static TheoryData<string> HostileInputs => new()
    {
        SampleViews.HostileText,
        "# Kop",
        "## Tussenkop\n- lijstje\n+ plus\n1. genummerd",
        "[klik hier](https://evil.example/phish)",
        "![plaatje](http://evil/x.png)",
        "**vet** en *schuin* en _ook schuin_ en ~~doorgehaald~~",
        "`code` en ```blok```",
        "> citaat",
        "<at>Iedereen</at> kijk hier",
        "<AT>iemand</AT>",
        "tabel | kolom",
        "{{DATE(2026-11-23T10:00:00Z, SHORT)}}",
        "backslash \\* blijft zichtbaar",
        "normale notitie zonder tekens",
        "1) punt",
    };

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void Escape_AnyInput_LeavesNoUnescapedMarkdownCharacter(string input)
    {
        var escaped = CardMarkdown.Escape(input);

        Assert.Null(FirstUnescapedSignificant(escaped));
    }

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void Escape_AnyInput_RendersBackToTheOriginalText(string input)
    {
        var escaped = CardMarkdown.Escape(input);

        Assert.Equal(input, Unescape(escaped));
    }

    [Fact]
    public void Escape_HostileNote_NeutralisesLinkHeadingMentionAndEmphasis()
    {
        var escaped = CardMarkdown.Escape(SampleViews.HostileText);

        Assert.Equal(@"\# Kop \[klik\]\(http://evil\) \<at\>Iedereen\</at\> \*\*vet\*\*", escaped);
        Assert.DoesNotContain("<at>", escaped, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Escape_DateFunction_IsBrokenSoTeamsDoesNotSubstituteIt()
    {
        var escaped = CardMarkdown.Escape("{{DATE(2026-11-23T10:00:00Z)}}");

        Assert.DoesNotContain("{{", escaped, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("regel één\r\nregel twee", "regel één\nregel twee")]
    public void Escape_EmptyOrWindowsNewlines_Normalised(string? input, string expected)
    {
        var escaped = CardMarkdown.Escape(input);

        Assert.Equal(expected, escaped);
    }

    // Mirrors a CommonMark renderer: a backslash before ASCII punctuation yields that character.
    private static string Unescape(string escaped)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < escaped.Length; i++)
        {
            if (escaped[i] == '\\' && i + 1 < escaped.Length && char.IsAsciiLetterOrDigit(escaped[i + 1]) == false && escaped[i + 1] != ' ')
            {
                builder.Append(escaped[i + 1]);
                i++;
                continue;
            }

            if (escaped[i] == '\u200B')
            {
                continue;
            }

            builder.Append(escaped[i]);
        }

        return builder.ToString();
    }

    private static int? FirstUnescapedSignificant(string escaped)
    {
        for (var i = 0; i < escaped.Length; i++)
        {
            if (escaped[i] == '\\')
            {
                if (i + 1 >= escaped.Length || !CardMarkdown.IsSignificant(escaped[i + 1]))
                {
                    return i;
                }

                i++;
                continue;
            }

            if (CardMarkdown.IsSignificant(escaped[i]))
            {
                return i;
            }
        }

        return null;
    }
}
