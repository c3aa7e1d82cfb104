namespace WorkshopBot.Application.Werkgroepen;

// How a command finds its werkgroep: through the conversation it was sent in (cards and chat), or as the
// werkgroep the web host has already loaded and authorised the caller for (the board page), so the
// pipeline does not read it a second time.
public sealed record WerkgroepTarget
{
    private WerkgroepTarget(string? conversationId, Domain.Werkgroepen.Werkgroep? loaded)
    {
        ConversationId = conversationId;
        Loaded = loaded;
    }

    public string? ConversationId { get; }

    public Domain.Werkgroepen.Werkgroep? Loaded { get; }

    public static WerkgroepTarget Conversation(string conversationId) => new(conversationId, null);

    public static WerkgroepTarget Authorized(Domain.Werkgroepen.Werkgroep werkgroep) => new(null, werkgroep);
}
