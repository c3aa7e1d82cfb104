using WorkshopBot.BotProtocol.Schema;

namespace WorkshopBot.BotProtocol.Connector;

// Bot Connector REST operations (PROTOCOL.md §3). serviceUrl is the base URL from an
// authenticated activity or a stored conversation reference. Failures throw ConnectorException.
public interface IConnectorClient
{
    Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);

    Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken);

    Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken);

    Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);

    Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken);

    Task<TeamsChannelAccount> GetMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken);
}
