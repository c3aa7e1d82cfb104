namespace WorkshopBot.BotProtocol.Schema;

// Teams gives each thread in a channel its own conversation id: "{channel id};messageid={root message id}".
// Members, channel-wide bindings and deep links need the two halves apart.
public static class ChannelThreadId
{
    private const string MessageIdMarker = ";messageid=";

    // The channel's own conversation id: the thread suffix removed (unchanged when there is none).
    public static string Channel(string conversationId)
    {
        var marker = conversationId.IndexOf(MessageIdMarker, StringComparison.OrdinalIgnoreCase);
        return marker < 0 ? conversationId : conversationId[..marker];
    }

    // The thread's root message id, or null for a conversation id without a thread suffix.
    public static string? RootMessage(string conversationId)
    {
        var marker = conversationId.IndexOf(MessageIdMarker, StringComparison.OrdinalIgnoreCase);
        return marker < 0 ? null : conversationId[(marker + MessageIdMarker.Length)..];
    }
}
