using System.Collections.Concurrent;
using WorkshopBot.BotProtocol.Connector;
using WorkshopBot.BotProtocol.Schema;

namespace WorkshopBot.TestKit.Protocol;

// IConnectorClient fake: records every call in order and returns ids "activity-1", "activity-2"…
// (new conversations "conversation-1"…). Queue a ConnectorException with FailNextWith to test
// error paths (e.g. 403 → drop the conversation reference).
public sealed class RecordingConnector : IConnectorClient
{
    private readonly ConcurrentQueue<ConnectorCall> calls = new();
    private readonly ConcurrentQueue<Exception> failures = new();
    private readonly ConcurrentDictionary<string, List<TeamsChannelAccount>> members = new(StringComparer.Ordinal);
    private int nextActivity;
    private int nextConversation;

    public IReadOnlyList<ConnectorCall> Calls => calls.ToArray();

    // Sends and replies, in order.
    public IReadOnlyList<Activity> SentActivities =>
        calls.Where(c => c.Operation is "send" or "reply").Select(c => c.Activity!).ToArray();

    public IReadOnlyList<ConnectorCall> Updates => calls.Where(c => c.Operation == "update").ToArray();

    public IReadOnlyList<ConnectorCall> Deletes => calls.Where(c => c.Operation == "delete").ToArray();

    public IReadOnlyList<ConnectorCall> CreatedConversations => calls.Where(c => c.Operation == "createConversation").ToArray();

    public void FailNextWith(Exception exception) => failures.Enqueue(exception);

    public void SetMembers(string conversationId, IReadOnlyList<TeamsChannelAccount> roster) => members[conversationId] = [.. roster];

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        RecordAsync(new ConnectorCall("send", serviceUrl, conversationId, null, activity), NewActivityId());

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        RecordAsync(new ConnectorCall("reply", serviceUrl, conversationId, replyToId, activity), NewActivityId());

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        RecordAsync(new ConnectorCall("update", serviceUrl, conversationId, activityId, activity), activityId);

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        RecordAsync(new ConnectorCall("delete", serviceUrl, conversationId, activityId, null), activityId);

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfFailureQueued();
        var conversationId = $"conversation-{Interlocked.Increment(ref nextConversation)}";
        var activityId = parameters.Activity is null ? null : NewActivityId();
        calls.Enqueue(new ConnectorCall("createConversation", serviceUrl, conversationId, activityId, parameters.Activity, parameters));
        return Task.FromResult(new ConversationResourceResponse(conversationId, activityId, serviceUrl));
    }

    public Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        ThrowIfFailureQueued();
        var roster = members.GetValueOrDefault(conversationId) ?? [];
        var skip = int.TryParse(continuationToken, out var offset) ? offset : 0;
        var take = pageSize ?? 50;
        var page = roster.Skip(skip).Take(take).ToArray();
        var next = skip + page.Length < roster.Count ? (skip + page.Length).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        return Task.FromResult(new PagedMembersResult { Members = page, ContinuationToken = next });
    }

    public Task<TeamsChannelAccount> GetMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken)
    {
        ThrowIfFailureQueued();
        var member = members.GetValueOrDefault(conversationId)?.FirstOrDefault(m => m.Id == userId || m.AadObjectId == userId); // Teams takes the MRI or the object id
        return member is not null
            ? Task.FromResult(member)
            : Task.FromException<TeamsChannelAccount>(new ConnectorException("member", System.Net.HttpStatusCode.NotFound, "MemberNotFound", "Member not found."));
    }

    private string NewActivityId() => $"activity-{Interlocked.Increment(ref nextActivity)}";

    private Task<ResourceResponse> RecordAsync(ConnectorCall call, string? id)
    {
        ThrowIfFailureQueued();
        calls.Enqueue(call);
        return Task.FromResult(new ResourceResponse(id));
    }

    private void ThrowIfFailureQueued()
    {
        if (failures.TryDequeue(out var failure))
        {
            throw failure;
        }
    }
}
