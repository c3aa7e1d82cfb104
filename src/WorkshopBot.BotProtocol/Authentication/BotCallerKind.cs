namespace WorkshopBot.BotProtocol.Authentication;

public enum BotCallerKind
{
    // No Authorization header and no app id configured (local development, Agents Playground).
    Anonymous,

    // A Bot Framework channel token (Teams through the Bot Connector service).
    BotFrameworkChannel,

    // A turn the bot started itself (ContinueConversationAsync).
    Proactive,
}
