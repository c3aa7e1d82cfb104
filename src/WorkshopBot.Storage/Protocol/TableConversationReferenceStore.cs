using System.Collections.Concurrent;
using System.Text.Json;
using Azure.Data.Tables;
using WorkshopBot.BotProtocol.Ports;
using WorkshopBot.BotProtocol.Schema;

namespace WorkshopBot.Storage.Protocol;

public sealed class TableConversationReferenceStore(TableClient table) : IConversationReferenceStore
{
    private const int MaxRemembered = 4096;

    // Every activity carries the conversation's reference, and it almost never changes: a reference this
    // process wrote less than RewriteAfter ago with the same content is not written again (one storage
    // request less per turn). The rewrite interval bounds how long another instance's removal of the same
    // conversation could go unrepaired here.
    private static readonly long RewriteAfterMs = (long)TimeSpan.FromMinutes(5).TotalMilliseconds;

    private readonly ConcurrentDictionary<string, (string Key, long WrittenAt)> written = new(StringComparer.Ordinal);

    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        var conversationId = reference.Conversation.Id ?? throw new ArgumentException("A reference needs a conversation id.", nameof(reference));
        var json = JsonSerializer.Serialize(reference, BotJson.Context.ConversationReference);

        // Who sent the activity and its id differ per turn but are not what proactive messages need (the
        // conversation, serviceUrl, bot, tenant and locale are), so they do not count as a change.
        var key = JsonSerializer.Serialize(reference with { ActivityId = null, User = null }, BotJson.Context.ConversationReference);
        long now = Environment.TickCount64;
        if (written.TryGetValue(conversationId, out var last) && last.Key == key && now - last.WrittenAt < RewriteAfterMs)
        {
            return;
        }

        var entity = new ConversationReferenceEntity
        {
            PartitionKey = TableKeys.Hash(conversationId),
            ConversationId = conversationId,
            Json = json,
        };

        // Last writer wins on purpose: the newest activity carries the freshest serviceUrl.
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
        if (written.Count >= MaxRemembered)
        {
            written.Clear();
        }

        written[conversationId] = (key, now);
    }

    public async Task<ConversationReference?> GetAsync(string conversationId, CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<ConversationReferenceEntity>(
            TableKeys.Hash(conversationId), ConversationReferenceEntity.Row, cancellationToken: cancellationToken);
        return response.HasValue && response.Value is { } entity
            ? JsonSerializer.Deserialize(entity.Json, BotJson.Context.ConversationReference)
            : null;
    }

    public async Task RemoveAsync(string conversationId, CancellationToken cancellationToken)
    {
        written.TryRemove(conversationId, out _);
        await table.DeleteEntityAsync(TableKeys.Hash(conversationId), ConversationReferenceEntity.Row, cancellationToken: cancellationToken);
    }
}
