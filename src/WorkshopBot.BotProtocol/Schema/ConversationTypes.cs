namespace WorkshopBot.BotProtocol.Schema;

public static class ConversationTypes
{
    public const string Personal = "personal";
    public const string GroupChat = "groupChat";
    public const string Channel = "channel";
}
