namespace WorkshopBot.Application.Werkgroepen;

// How a command finds its werkgroep: through the conversation it was sent in (cards and chat), or by id
// (the board page, whose caller the web host has already authorised for that werkgroep).
public sealed record WerkgroepTarget
{
    private WerkgroepTarget(string? conversationId, string? werkgroepId)
    {
        ConversationId = conversationId;
        WerkgroepId = werkgroepId;
    }

    public string? ConversationId { get; }

    public string? WerkgroepId { get; }

    public static WerkgroepTarget Conversation(string conversationId) => new(conversationId, null);

    public static WerkgroepTarget Werkgroep(string werkgroepId) => new(null, werkgroepId);
}
