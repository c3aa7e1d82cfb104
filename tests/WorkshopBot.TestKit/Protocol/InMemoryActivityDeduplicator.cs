using System.Collections.Concurrent;
using WorkshopBot.BotProtocol.Ports;
using WorkshopBot.BotProtocol.Schema;

namespace WorkshopBot.TestKit.Protocol;

// Same semantics as the Table implementation: TryAdd is the insert, a second TryAdd the 409.
public sealed class InMemoryActivityDeduplicator : IActivityDeduplicator
{
    private readonly ConcurrentDictionary<(string ConversationId, string ActivityId), DeduplicationClaim> claims = new();

    public int ClaimCount => claims.Count;

    public Task<DeduplicationClaim> TryClaimAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        if (claims.TryAdd((conversationId, activityId), DeduplicationClaim.InProgress))
        {
            return Task.FromResult(DeduplicationClaim.Claimed);
        }

        return Task.FromResult(claims.TryGetValue((conversationId, activityId), out var existing) ? existing : DeduplicationClaim.InProgress);
    }

    public Task CompleteAsync(string conversationId, string activityId, InvokeResponse? response, CancellationToken cancellationToken)
    {
        claims[(conversationId, activityId)] = DeduplicationClaim.Completed(response);
        return Task.CompletedTask;
    }

    public Task ReleaseAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        claims.TryRemove((conversationId, activityId), out _);
        return Task.CompletedTask;
    }
}
