using WorkshopBot.BotProtocol.Schema;

namespace WorkshopBot.TestKit.Protocol;

// Operation is one of "send", "reply", "update", "delete", "createConversation".
public sealed record ConnectorCall(
    string Operation,
    string ServiceUrl,
    string? ConversationId,
    string? ActivityId,
    Activity? Activity,
    ConversationParameters? Parameters = null);
