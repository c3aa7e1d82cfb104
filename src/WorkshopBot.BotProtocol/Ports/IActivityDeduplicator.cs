using WorkshopBot.BotProtocol.Schema;

namespace WorkshopBot.BotProtocol.Ports;

// Teams may deliver the same message/invoke twice, possibly to different instances
// (PROTOCOL.md §1). Keyed by (conversation.id, activity id). Lifecycle:
// TryClaimAsync -> handler runs -> CompleteAsync (success) or ReleaseAsync (handler threw).
public interface IActivityDeduplicator
{
    // Atomic insert-if-absent. Exactly one concurrent caller gets Claimed; others get
    // InProgress or Completed (with the stored invoke response when one was saved).
    Task<DeduplicationClaim> TryClaimAsync(string conversationId, string activityId, CancellationToken cancellationToken);

    // Marks the claim done; response is the invoke response to replay to duplicates (null for
    // non-invoke activities).
    Task CompleteAsync(string conversationId, string activityId, InvokeResponse? response, CancellationToken cancellationToken);

    // Deletes the claim so a redelivery can try again. Idempotent.
    Task ReleaseAsync(string conversationId, string activityId, CancellationToken cancellationToken);
}
