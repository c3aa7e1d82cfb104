using System.Globalization;

namespace WorkshopBot.Web.Conversation;

// Dutch commands first, English synonyms for users with an English Teams client.
public static class TextCommandParser
{
    private static readonly (string Keyword, TextCommandKind Kind)[] Keywords =
    [
        ("nieuwe notitie", TextCommandKind.NewNote),
        ("new note", TextCommandKind.NewNote),
        ("notitie", TextCommandKind.NewNote),
        ("note", TextCommandKind.NewNote),
        ("help", TextCommandKind.Help),
        ("hulp", TextCommandKind.Help),
        ("?", TextCommandKind.Help),
        ("bord", TextCommandKind.Board),
        ("board", TextCommandKind.Board),
        ("stap", TextCommandKind.Step),
        ("step", TextCommandKind.Step),
        ("traject verwijderen", TextCommandKind.DeleteTraject),
        ("delete traject", TextCommandKind.DeleteTraject),
        ("traject", TextCommandKind.Traject),
        ("werkgroep", TextCommandKind.Werkgroep),
        ("working group", TextCommandKind.Werkgroep),
        ("samenvatting", TextCommandKind.Summary),
        ("summary", TextCommandKind.Summary),
        ("organisatie", TextCommandKind.Organisation),
        ("organisation", TextCommandKind.Organisation),
        ("organization", TextCommandKind.Organisation),
        ("voortgang", TextCommandKind.Monitoring),
        ("monitoring", TextCommandKind.Monitoring),
        ("progress", TextCommandKind.Monitoring),
        ("beoordelaar", TextCommandKind.Reviewer),
        ("reviewer", TextCommandKind.Reviewer),
    ];

    public static TextCommand Parse(string? text)
    {
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0)
        {
            return new TextCommand(TextCommandKind.Unknown);
        }

        foreach (var (keyword, kind) in Keywords)
        {
            if (!StartsWithWord(trimmed, keyword))
            {
                continue;
            }

            var rest = trimmed[keyword.Length..].TrimStart(' ', ':', '\t').Trim();
            return kind switch
            {
                TextCommandKind.Step => ParseStep(rest),
                TextCommandKind.NewNote when rest.Length == 0 => new TextCommand(TextCommandKind.NewNote),
                _ => new TextCommand(kind, rest),
            };
        }

        return new TextCommand(TextCommandKind.Unknown, trimmed);
    }

    private static TextCommand ParseStep(string rest)
    {
        var firstWord = rest.Split([' ', '\n', '\r', '\t'], 2)[0];
        return int.TryParse(firstWord, NumberStyles.None, CultureInfo.InvariantCulture, out var step)
            ? new TextCommand(TextCommandKind.Step, rest, step)
            : new TextCommand(TextCommandKind.Step, rest);
    }

    private static bool StartsWithWord(string text, string keyword) =>
        text.StartsWith(keyword, StringComparison.OrdinalIgnoreCase)
        && (text.Length == keyword.Length || !char.IsLetterOrDigit(text[keyword.Length]));
}
