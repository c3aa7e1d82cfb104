using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Privacy;
using WorkshopBot.Domain.Summaries;

namespace WorkshopBot.Domain.Ports;

// What export, erasure, traject deletion and the retention purge (issue 13, finding 6) need from storage
// beyond IWorkshopStore and ISummaryReviewStore: full scans (a person who already left a werkgroep is in
// no index), rewriting audit rows in place, deleting a traject with everything under it, and purging
// rows past their retention. Aggregates themselves are still written through their own stores with ETags.
public interface IPersonalDataStore
{
    // Every traject in storage, ordered by id.
    Task<IReadOnlyList<string>> ListTrajectIdsAsync(CancellationToken cancellationToken);

    // Every published summary version of the traject.
    Task<IReadOnlyList<Versioned<SummaryReview>>> ListSummaryReviewsAsync(string trajectId, CancellationToken cancellationToken);

    // Replaces every audit event of the traject (its own, its werkgroepen's and its summaries') for
    // which rewrite returns a different event. Returns how many were replaced.
    Task<int> RewriteAuditAsync(string trajectId, Func<WorkshopEvent, WorkshopEvent> rewrite, CancellationToken cancellationToken);

    // The stored conversation references (wire JSON) that name this person: their 1:1 chat (a group
    // reference names nobody; rows stored before that may still name the sender of the time).
    Task<IReadOnlyList<StoredReference>> ConversationReferencesOfAsync(PersonIds person, CancellationToken cancellationToken);

    // Removes the person from conversation references: personal chats are deleted, group references lose
    // their last sender. Returns how many rows changed.
    Task<int> ForgetConversationReferencesAsync(PersonIds person, CancellationToken cancellationToken);

    // Deletes the traject, its werkgroepen, all their audit, summaries and index rows. Idempotent.
    Task DeleteTrajectAsync(string trajectId, CancellationToken cancellationToken);

    // Deletes or blanks what is past its retention period (RetentionPolicy) at this moment.
    Task<RetentionReport> PurgeExpiredAsync(RetentionPolicy policy, DateTimeOffset now, CancellationToken cancellationToken);
}

public sealed record StoredReference(string ConversationId, string Json);
