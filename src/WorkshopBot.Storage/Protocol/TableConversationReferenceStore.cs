using System.Text.Json;
using Azure.Data.Tables;
using WorkshopBot.BotProtocol.Ports;
using WorkshopBot.BotProtocol.Schema;

namespace WorkshopBot.Storage.Protocol;

public sealed class TableConversationReferenceStore(TableClient table) : IConversationReferenceStore
{
    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        var conversationId = reference.Conversation.Id ?? throw new ArgumentException("A reference needs a conversation id.", nameof(reference));
        var entity = new ConversationReferenceEntity
        {
            PartitionKey = TableKeys.Hash(conversationId),
            ConversationId = conversationId,
            Json = JsonSerializer.Serialize(reference, BotJson.Context.ConversationReference),
        };

        // Last writer wins on purpose: the newest activity carries the freshest serviceUrl.
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<ConversationReference?> GetAsync(string conversationId, CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<ConversationReferenceEntity>(
            TableKeys.Hash(conversationId), ConversationReferenceEntity.Row, cancellationToken: cancellationToken);
        return response.HasValue && response.Value is { } entity
            ? JsonSerializer.Deserialize(entity.Json, BotJson.Context.ConversationReference)
            : null;
    }

    public async Task RemoveAsync(string conversationId, CancellationToken cancellationToken) =>
        await table.DeleteEntityAsync(TableKeys.Hash(conversationId), ConversationReferenceEntity.Row, cancellationToken: cancellationToken);
}
