using System.Collections.Concurrent;
using WorkshopBot.BotProtocol.Ports;
using WorkshopBot.BotProtocol.Schema;

namespace WorkshopBot.TestKit.Protocol;

public sealed class InMemoryConversationReferenceStore : IConversationReferenceStore
{
    private readonly ConcurrentDictionary<string, ConversationReference> references = new(StringComparer.Ordinal);

    public IReadOnlyList<ConversationReference> All => references.Values.ToArray();

    public Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(reference.Conversation.Id);
        // Keeps what the Table store keeps (no sender of a group conversation).
        references[reference.Conversation.Id] = reference.ForStorage();
        return Task.CompletedTask;
    }

    public Task<ConversationReference?> GetAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(references.GetValueOrDefault(conversationId));

    public Task RemoveAsync(string conversationId, CancellationToken cancellationToken)
    {
        references.TryRemove(conversationId, out _);
        return Task.CompletedTask;
    }
}
