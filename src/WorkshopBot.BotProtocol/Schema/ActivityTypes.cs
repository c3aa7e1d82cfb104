namespace WorkshopBot.BotProtocol.Schema;

public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string MessageReaction = "messageReaction";
    public const string Event = "event";
    public const string Invoke = "invoke";
    public const string Typing = "typing";

    private static readonly string[] Known =
        [Message, ConversationUpdate, InstallationUpdate, MessageReaction, Event, Invoke, Typing];

    // The activity spec defines the names in camelCase, but channels and emulators have been
    // seen sending other casings; map them onto the canonical constant so routing can use a switch.
    public static string? Canonical(string? type)
    {
        if (string.IsNullOrEmpty(type))
        {
            return null;
        }

        foreach (var known in Known)
        {
            if (string.Equals(known, type, StringComparison.OrdinalIgnoreCase))
            {
                return known;
            }
        }

        return type;
    }
}
