using WorkshopBot.Domain.Ports;

namespace WorkshopBot.Domain.Services;

// How WorkshopService writes an aggregate under contention (see docs/benchmarks.md for the measurements
// behind the defaults).
//
// MaxBatchSize > 0 turns on group commit: in this process, writes to one aggregate go through one queue;
// a single writer loads the aggregate once, applies every queued operation in arrival order, and saves
// them together with one ETag write (state row + all their audit events in one transaction). One process
// then never races itself, and a burst of 30 clicks costs a few storage round trips instead of 30 racing
// read-modify-writes. Across app instances the ETag still decides; a conflict re-runs the whole batch.
// MaxBatchSize = 0 keeps the plain per-call read-modify-write loop (each caller races on the ETag).
public sealed record WorkshopWriteOptions
{
    // A save is one Table transaction: the state row plus at most this many event rows.
    public const int TableTransactionEventLimit = SaveLimits.MaxEventsPerSave;

    // A werkgroep save writes each new or changed note as a row in the same transaction as its events (an
    // add-note is one event and one note row), so a batch of add-notes stops at half the transaction.
    public const int NoteRowsEventLimit = (SaveLimits.MaxTransactionOperations - 1) / 2;

    // What the host registers: group commit on.
    public static WorkshopWriteOptions GroupCommit { get; } = new() { MaxEventsPerSave = NoteRowsEventLimit };

    // Every caller does its own read-modify-write (what a service built without options does).
    public static WorkshopWriteOptions PerCall { get; } = new() { MaxBatchSize = 0 };

    public int MaxBatchSize { get; init; } = 64;

    // A batch is cut before an operation whose events would take the save past this many events.
    public int MaxEventsPerSave { get; init; } = TableTransactionEventLimit;

    // Conflicts are retried with full-jitter exponential back-off until this much time has passed since
    // the first attempt: the user waits a little longer in a storm rather than seeing "too busy".
    // Well below the ~15 s a Teams invoke may take.
    public TimeSpan RetryBudget { get; init; } = TimeSpan.FromSeconds(8);

    public TimeSpan BaseBackoff { get; init; } = TimeSpan.FromMilliseconds(5);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromMilliseconds(250);

    // With group commit, how many werkgroepen this process keeps an ETag-validated copy of (ValidatedCopies):
    // the meetings running on this instance at once, with room to spare.
    public int MaxCachedAggregates { get; init; } = 256;

    // A backstop for a clock that does not move (tests) or a budget set very high.
    public int MaxAttempts { get; init; } = 64;
}
