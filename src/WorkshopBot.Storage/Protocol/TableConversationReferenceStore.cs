using System.Text.Json;
using Azure.Data.Tables;
using WorkshopBot.BotProtocol.Ports;
using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.Domain.Services;

namespace WorkshopBot.Storage.Protocol;

public sealed class TableConversationReferenceStore(TableClient table) : IConversationReferenceStore
{
    private const int MaxRemembered = 4096;

    // Every activity carries the conversation's reference, and it almost never changes: a reference this
    // process wrote less than RewriteAfter ago with the same content is not written again (one storage
    // request less per turn). The rewrite interval bounds how long another instance's removal of the same
    // conversation could go unrepaired here.
    private static readonly TimeSpan RewriteAfter = TimeSpan.FromMinutes(5);

    private readonly BoundedCache<string, string> written = new(MaxRemembered, RewriteAfter, StringComparer.Ordinal);

    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        var conversationId = reference.Conversation.Id ?? throw new ArgumentException("A reference needs a conversation id.", nameof(reference));
        reference = reference.ForStorage();

        // The activity's id differs per turn but is not what proactive messages need (the conversation,
        // serviceUrl, bot, tenant and locale are), so it does not count as a change; nor does a 1:1's user.
        var key = JsonSerializer.Serialize(reference with { ActivityId = null, User = null }, BotJson.Context.ConversationReference);
        if (written.TryGet(conversationId, out var last) && last == key)
        {
            return;
        }

        // Serialised in full only when it is written (almost never: see RewriteAfter).
        var json = JsonSerializer.Serialize(reference, BotJson.Context.ConversationReference);
        var entity = new ConversationReferenceEntity
        {
            PartitionKey = TableKeys.Hash(conversationId),
            ConversationId = conversationId,
            Json = json,
        };

        // Last writer wins on purpose: the newest activity carries the freshest serviceUrl.
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
        written.Set(conversationId, key);
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
