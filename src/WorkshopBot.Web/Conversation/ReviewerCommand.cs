using WorkshopBot.Application.Identity;
using WorkshopBot.BotProtocol.Schema;

namespace WorkshopBot.Web.Conversation;

// "beoordelaar @Jan Jansen (Welzijn NB)": the person comes from the mention entity, which carries
// their Teams id and name; a typed name alone identifies nobody. The organisation is the "(…)"
// after the mention, else the suffix of the mentioned name, else left to be derived.
public sealed record ReviewerCommand(ChannelAccount Person, string? Organisation)
{
    public static ReviewerCommand? Parse(Activity activity, string argument)
    {
        var botId = activity.Recipient?.Id;
        var mention = activity.Entities?.FirstOrDefault(e =>
            e.IsMention && e.Mentioned?.Id is { Length: > 0 } id && !string.Equals(id, botId, StringComparison.OrdinalIgnoreCase));
        if (mention?.Mentioned is not { } person)
        {
            return null;
        }

        var name = (person.Name ?? "").Trim();
        string rest;
        if (!string.IsNullOrEmpty(mention.Text) && argument.Contains(mention.Text, StringComparison.OrdinalIgnoreCase))
        {
            rest = argument.Replace(mention.Text, " ", StringComparison.OrdinalIgnoreCase);
        }
        else
        {
            rest = argument.Trim().TrimStart('@');
            rest = rest.StartsWith(name, StringComparison.OrdinalIgnoreCase) ? rest[name.Length..] : rest;
        }

        rest = rest.Trim();

        // With the plain name in front, "Jan (Welzijn NB)" reads like a Teams display name.
        return new ReviewerCommand(person, DisplayNames.Organisation($"{name} {rest}".Trim()));
    }
}
