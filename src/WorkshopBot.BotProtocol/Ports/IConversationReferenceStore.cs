using WorkshopBot.BotProtocol.Schema;

namespace WorkshopBot.BotProtocol.Ports;

// Shared across instances (Azure Table in production) so any instance can message a
// conversation proactively. Keyed by ConversationReference.Conversation.Id.
public interface IConversationReferenceStore
{
    // Upsert (last writer wins): the newest activity carries the freshest serviceUrl.
    Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken);

    Task<ConversationReference?> GetAsync(string conversationId, CancellationToken cancellationToken);

    // Idempotent: removing an unknown conversation is not an error. Called when the bot is
    // removed or the connector answers 403 (app uninstalled, message writes blocked).
    Task RemoveAsync(string conversationId, CancellationToken cancellationToken);
}
