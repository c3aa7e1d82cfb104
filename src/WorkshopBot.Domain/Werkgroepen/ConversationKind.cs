namespace WorkshopBot.Domain.Werkgroepen;

public enum ConversationKind
{
    Meeting,
    GroupChat,
    Channel,
}
