namespace WorkshopBot.BotProtocol.Authentication;

public enum BotCallerKind
{
    // No Authorization header and no app id configured (local development, Agents Playground).
    Anonymous,

    // A Bot Framework channel token (Teams through the Bot Connector service).
    BotFrameworkChannel,

    // An Entra ID token whose appid/azp is our own app id (emulator), only when enabled.
    EntraId,

    // A turn the bot started itself (ContinueConversationAsync).
    Proactive,
}
