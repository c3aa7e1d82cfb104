using WorkshopBot.BotProtocol.Schema;

namespace WorkshopBot.Web.Bot;

// "comoderator @Naam", "overdragen @Naam" and "verwijder @Naam" (English: "remove @name"): typed commands that name the person through a Teams
// @mention, so the bot gets their id from the mention entity instead of guessing from the text.
public static class ModeratorCommands
{
    private static readonly (string Keyword, ModeratorCommandKind Kind)[] Keywords =
    [
        ("comoderator", ModeratorCommandKind.CoModerator),
        ("co-moderator", ModeratorCommandKind.CoModerator),
        ("co moderator", ModeratorCommandKind.CoModerator),
        ("overdragen", ModeratorCommandKind.HandOver),
        ("hand over", ModeratorCommandKind.HandOver),
        ("handover", ModeratorCommandKind.HandOver),
        ("verwijder", ModeratorCommandKind.RemoveMember),
        ("remove", ModeratorCommandKind.RemoveMember),
    ];

    // The text must already be without the bot's own mention (Activity.GetTextWithoutBotMention).
    public static ModeratorCommandKind? Parse(string? text)
    {
        var trimmed = (text ?? "").Trim();
        foreach (var (keyword, kind) in Keywords)
        {
            if (trimmed.StartsWith(keyword, StringComparison.OrdinalIgnoreCase)
                && (trimmed.Length == keyword.Length || !char.IsLetterOrDigit(trimmed[keyword.Length])))
            {
                return kind;
            }
        }

        return null;
    }

    // The people mentioned besides the bot itself, once each.
    public static IReadOnlyList<ChannelAccount> MentionedPeople(Activity activity) =>
        (activity.Entities ?? [])
            .Where(e => e.IsMention && e.Mentioned?.Id is { Length: > 0 } id && !string.Equals(id, activity.Recipient?.Id, StringComparison.OrdinalIgnoreCase))
            .Select(e => e.Mentioned!)
            .DistinctBy(m => m.Id, StringComparer.OrdinalIgnoreCase)
            .ToArray();
}
