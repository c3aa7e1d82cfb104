using WorkshopBot.Domain;
using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Domain.Services;

// Load → apply a pure operation → save with the ETag, through the one OptimisticConcurrency policy: on a
// conflict it reloads and applies the operation again to the fresh state, so concurrent clicks in a
// busy meeting all land and nobody's change is overwritten.
//
// With WorkshopWriteOptions.MaxBatchSize > 0 (the host's setting) updates of one aggregate are also
// group-committed in this process: see WorkshopWriteOptions and UpdateBatchAsync. Each caller still gets
// the result of its own operation, exactly as if the operations had run one after another.
public sealed class WorkshopService
{
    private readonly IWorkshopStore store;
    private readonly TimeProvider timeProvider;
    private readonly WorkshopWriteOptions options;
    private readonly OptimisticConcurrency concurrency;
    private readonly KeyedWriteQueue<PendingUpdate<Traject>>? trajectWrites;
    private readonly KeyedWriteQueue<PendingUpdate<Werkgroep>>? werkgroepWrites;

    // With group commit only (the host): the ETag-validated copies writes start from, and the
    // conversation -> werkgroep bindings (set at Start, never changed).
    private readonly ValidatedCopies<Werkgroep>? werkgroepCopies;
    private readonly BoundedCache<string, string>? werkgroepByConversation;

    // Without options (tests, tools) every call does its own read-modify-write; the host passes
    // WorkshopWriteOptions.GroupCommit (see WorkshopBotComposition).
    public WorkshopService(IWorkshopStore store, TimeProvider timeProvider, WorkshopWriteOptions? options = null, Telemetry.WorkshopMetrics? metrics = null)
    {
        this.store = store;
        this.timeProvider = timeProvider;
        this.options = options ?? WorkshopWriteOptions.PerCall;
        concurrency = new OptimisticConcurrency(this.options, timeProvider, metrics);
        if (this.options.MaxBatchSize > 0)
        {
            trajectWrites = new(this.options.MaxBatchSize, (id, batch) => UpdateBatchAsync(id, "Traject", store.GetTrajectAsync, store.SaveTrajectAsync, batch), FailAll);
            werkgroepCopies = new(this.options.MaxCachedAggregates);
            werkgroepByConversation = new(this.options.MaxCachedAggregates * 4, comparer: StringComparer.Ordinal);
            werkgroepWrites = new(this.options.MaxBatchSize, (id, batch) => UpdateBatchAsync(id, "Werkgroep", store.GetWerkgroepAsync, store.SaveWerkgroepAsync, batch, werkgroepCopies), FailAll);
        }
    }

    public async Task<Traject?> GetTrajectAsync(string trajectId, CancellationToken cancellationToken) =>
        (await store.GetTrajectAsync(trajectId, cancellationToken))?.Value;

    public async Task<Werkgroep?> GetWerkgroepAsync(string werkgroepId, CancellationToken cancellationToken) =>
        (await store.GetWerkgroepAsync(werkgroepId, cancellationToken))?.Value;

    public async Task<Werkgroep?> FindWerkgroepByConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        string? id = await store.FindWerkgroepIdByConversationAsync(conversationId, cancellationToken);
        return id is null ? null : await GetWerkgroepAsync(id, cancellationToken);
    }

    // For a command about to write, and for re-rendering what this process just changed: the werkgroep from
    // this process's last load or save, without a storage read when there is one. The copy may be behind
    // another instance's write; the write itself is validated by its ETag (see ValidatedCopies), so only
    // use this where a slightly older copy cannot decide anything on its own.
    public async Task<Werkgroep?> GetRecentWerkgroepAsync(string werkgroepId, CancellationToken cancellationToken)
    {
        if (werkgroepCopies?.Get(werkgroepId) is { } copy)
        {
            return copy.Value;
        }

        var loaded = await store.GetWerkgroepAsync(werkgroepId, cancellationToken);
        if (loaded is not null)
        {
            werkgroepCopies?.KeepIfAbsent(werkgroepId, loaded);
        }

        return loaded?.Value;
    }

    public async Task<Werkgroep?> FindRecentWerkgroepByConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (werkgroepByConversation is null)
        {
            return await FindWerkgroepByConversationAsync(conversationId, cancellationToken);
        }

        if (!werkgroepByConversation.TryGet(conversationId, out var id))
        {
            id = await store.FindWerkgroepIdByConversationAsync(conversationId, cancellationToken);
            if (id is null)
            {
                return null;
            }

            werkgroepByConversation.Set(conversationId, id);
        }

        return await GetRecentWerkgroepAsync(id, cancellationToken);
    }

    public async Task<Traject?> FindTrajectByConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        string? id = await store.FindTrajectIdByConversationAsync(conversationId, cancellationToken);
        return id is null ? null : await GetTrajectAsync(id, cancellationToken);
    }

    public Task<IReadOnlyList<Werkgroep>> ListWerkgroepenAsync(string trajectId, CancellationToken cancellationToken) =>
        store.ListWerkgroepenAsync(trajectId, cancellationToken);

    public Task<IReadOnlyList<WorkshopEvent>> GetAuditTrailAsync(string trajectId, CancellationToken cancellationToken) =>
        store.GetAuditTrailAsync(trajectId, cancellationToken);

    // Creating the same traject id again (a redelivered command) returns the stored traject unchanged.
    public Task<DomainResult<Change<Traject>>> CreateTrajectAsync(
        Func<DateTimeOffset, DomainResult<Change<Traject>>> create,
        CancellationToken cancellationToken) =>
        InsertAsync(
            create(timeProvider.GetUtcNow()),
            "Traject",
            traject => (traject.Id, traject.LargeGroupChannel?.ConversationId),
            store.SaveTrajectAsync,
            store.GetTrajectAsync,
            (_, _) => true,
            store.FindTrajectIdByConversationAsync,
            cancellationToken);

    public Task<DomainResult<Change<Traject>>> UpdateTrajectAsync(
        string trajectId,
        Func<Traject, DateTimeOffset, DomainResult<Change<Traject>>> operation,
        CancellationToken cancellationToken) =>
        trajectWrites is { } queue
            ? EnqueueAsync(queue, trajectId, operation, cancellationToken)
            : UpdateAsync(trajectId, "Traject", store.GetTrajectAsync, store.SaveTrajectAsync, operation, cancellationToken);

    // Starts a werkgroep of a stored traject. Starting the same werkgroep id in the same conversation again
    // returns the stored werkgroep; a conversation that already has another werkgroep gives "already-exists"
    // with that werkgroep's id.
    public async Task<DomainResult<Change<Werkgroep>>> StartWerkgroepAsync(
        string trajectId,
        Func<Traject, DateTimeOffset, DomainResult<Change<Werkgroep>>> start,
        CancellationToken cancellationToken)
    {
        var traject = await store.GetTrajectAsync(trajectId, cancellationToken);
        if (traject is null)
        {
            return Rules.NotFound("Traject", trajectId);
        }

        return await InsertAsync(
            start(traject.Value, timeProvider.GetUtcNow()),
            "Werkgroep",
            werkgroep => (werkgroep.Id, werkgroep.Conversation?.ConversationId),
            store.SaveWerkgroepAsync,
            store.GetWerkgroepAsync,
            (stored, werkgroep) => stored.Conversation?.ConversationId == werkgroep.Conversation?.ConversationId,
            store.FindWerkgroepIdByConversationAsync,
            cancellationToken);
    }

    // Every change passes the size guard (WerkgroepCapacity): a werkgroep is refused "werkgroep-full"
    // before it outgrows what storage can hold, instead of failing every later save.
    public Task<DomainResult<Change<Werkgroep>>> UpdateWerkgroepAsync(
        string werkgroepId,
        Func<Werkgroep, DateTimeOffset, DomainResult<Change<Werkgroep>>> operation,
        CancellationToken cancellationToken)
    {
        DomainResult<Change<Werkgroep>> Guarded(Werkgroep werkgroep, DateTimeOffset now) => WerkgroepCapacity.Guard(werkgroep, operation(werkgroep, now));
        return werkgroepWrites is { } queue
            ? EnqueueAsync(queue, werkgroepId, Guarded, cancellationToken)
            : UpdateAsync(werkgroepId, "Werkgroep", store.GetWerkgroepAsync, store.SaveWerkgroepAsync, Guarded, cancellationToken);
    }

    // Inserts a new aggregate. When the insert loses (a redelivered command, or someone else first), the
    // stored aggregate is returned unchanged if it is the same one; otherwise "already-exists" names the
    // aggregate that holds the conversation, or the id that is taken.
    private async Task<DomainResult<Change<T>>> InsertAsync<T>(
        DomainResult<Change<T>> created,
        string what,
        Func<T, (string Id, string? ConversationId)> keysOf,
        Func<T, string?, IReadOnlyList<WorkshopEvent>, CancellationToken, Task<SaveResult>> save,
        Func<string, CancellationToken, Task<Versioned<T>?>> load,
        Func<T, T, bool> isSame,
        Func<string, CancellationToken, Task<string?>> findByConversation,
        CancellationToken cancellationToken)
    {
        if (!created.IsSuccess || !created.Value.HasChanges)
        {
            return created;
        }

        var aggregate = created.Value.Aggregate;
        var saved = await save(aggregate, null, created.Value.Events, cancellationToken);
        if (saved.IsSaved)
        {
            return created;
        }

        var (id, conversationId) = keysOf(aggregate);
        var existing = await load(id, cancellationToken);
        if (existing is not null && isSame(existing.Value, aggregate))
        {
            return Change<T>.Unchanged(existing.Value);
        }

        string? other = conversationId is null ? null : await findByConversation(conversationId, cancellationToken);
        return OptimisticConcurrency.AlreadyExists(what, other ?? id);
    }

    private Task<DomainResult<Change<T>>> UpdateAsync<T>(
        string id,
        string what,
        Func<string, CancellationToken, Task<Versioned<T>?>> load,
        Func<T, string?, IReadOnlyList<WorkshopEvent>, CancellationToken, Task<SaveResult>> save,
        Func<T, DateTimeOffset, DomainResult<Change<T>>> operation,
        CancellationToken cancellationToken) =>
        concurrency.UpdateAsync(what, id, load, save, operation, Rules.NotFound(what, id), cancellationToken);

    private async Task<DomainResult<Change<T>>> EnqueueAsync<T>(
        KeyedWriteQueue<PendingUpdate<T>> queue,
        string id,
        Func<T, DateTimeOffset, DomainResult<Change<T>>> operation,
        CancellationToken cancellationToken)
    {
        var pending = new PendingUpdate<T>(operation, cancellationToken);
        queue.Enqueue(id, pending);

        // A caller that stops waiting gets its cancellation; an operation already in a batch may still be
        // saved (as with a request cancelled while its save was on the wire).
        return await pending.Completion.Task.WaitAsync(cancellationToken);
    }

    // One group commit: load once, apply the queued operations in order on the evolving aggregate, save
    // the last state with all their events in one transaction. A conflict (another app instance wrote)
    // re-runs the whole batch on fresh state; results are only handed out after the save, so nobody hears
    // "saved" for a write that was lost. Store calls use no caller's token: one caller giving up must not
    // cancel the others' write, and the retry budget bounds the work.
    private async Task UpdateBatchAsync<T>(
        string id,
        string what,
        Func<string, CancellationToken, Task<Versioned<T>?>> load,
        Func<T, string?, IReadOnlyList<WorkshopEvent>, CancellationToken, Task<SaveResult>> save,
        IReadOnlyList<PendingUpdate<T>> batch,
        ValidatedCopies<T>? copies = null)
    {
        IReadOnlyList<PendingUpdate<T>> remaining = batch;
        var started = timeProvider.GetUtcNow();
        int attempt = 0;
        while (remaining.Count > 0)
        {
            attempt++;
            var copy = copies?.Get(id);
            var current = copy ?? await load(id, CancellationToken.None);
            if (current is null)
            {
                foreach (var pending in remaining)
                {
                    pending.Completion.TrySetResult(Rules.NotFound(what, id));
                }

                return;
            }

            var applied = ApplyInOrder(current.Value, remaining, out var aggregate, out var events, out var deferred);
            if (copy is not null && applied.Any(a => a.Outcome is { } outcome && !(outcome.IsSuccess && outcome.Value.HasChanges)))
            {
                // A refusal or a no-op decided on a copy could be an artefact of its age: decide on fresh state.
                copies!.Drop(id);
                remaining = remaining.Where(p => !p.Completion.Task.IsCompleted).ToArray();
                attempt--;
                continue;
            }

            SaveResult saved;
            try
            {
                saved = events.Count == 0
                    ? SaveResult.Saved(current.ETag)
                    : await save(aggregate, current.ETag, events, CancellationToken.None);
            }
            catch (Exception ex)
            {
                copies?.Drop(id);

                // The store failed (e.g. storage unreachable): the callers in this save get the exception,
                // as they would without group commit; the deferred ones still get their own try.
                foreach (var (pending, _) in applied)
                {
                    pending.Completion.TrySetException(ex);
                }

                remaining = deferred;
                started = timeProvider.GetUtcNow();
                attempt = 0;
                continue;
            }

            if (saved.Status == SaveStatus.Saved && saved.ETag is { } etag)
            {
                copies?.Keep(id, new Versioned<T>(aggregate, etag));
            }
            else
            {
                copies?.Drop(id);
            }

            if (saved.Status is SaveStatus.Saved or SaveStatus.AlreadyExists)
            {
                foreach (var (pending, outcome) in applied)
                {
                    bool changed = outcome is { IsSuccess: true, Value.HasChanges: true };
                    pending.Settle(saved.Status == SaveStatus.AlreadyExists && changed ? OptimisticConcurrency.AlreadyExists(what, id) : outcome);
                }

                // Operations cut off by the event limit go into the next save, without waiting.
                remaining = deferred;
                started = timeProvider.GetUtcNow();
                attempt = 0;
                continue;
            }

            // Callers settled already (their operation threw) drop out of the retry.
            remaining = remaining.Where(p => !p.Completion.Task.IsCompleted).ToArray();
            if (!await concurrency.WaitBeforeRetryAsync(what, attempt, started, CancellationToken.None))
            {
                foreach (var pending in remaining)
                {
                    pending.Completion.TrySetResult(OptimisticConcurrency.Exhausted(what, id, attempt));
                }

                return;
            }
        }
    }

    // Applies each operation to the aggregate as left by the ones before it. A failing or unchanged
    // operation leaves the aggregate as it was (so one bad click cannot spoil the batch). Once an
    // operation would take the events past MaxEventsPerSave it and every later one are deferred, so the
    // order of operations is kept.
    private List<(PendingUpdate<T> Pending, DomainResult<Change<T>>? Outcome)> ApplyInOrder<T>(
        T start,
        IReadOnlyList<PendingUpdate<T>> batch,
        out T aggregate,
        out List<WorkshopEvent> events,
        out List<PendingUpdate<T>> deferred)
    {
        var applied = new List<(PendingUpdate<T>, DomainResult<Change<T>>?)>(batch.Count);
        aggregate = start;
        events = [];
        deferred = [];
        foreach (var pending in batch)
        {
            if (deferred.Count > 0)
            {
                deferred.Add(pending);
                continue;
            }

            if (pending.CancellationToken.IsCancellationRequested)
            {
                applied.Add((pending, null));
                continue;
            }

            DomainResult<Change<T>> outcome;
            try
            {
                outcome = pending.Operation(aggregate, timeProvider.GetUtcNow());
            }
            catch (Exception ex)
            {
                // Only this caller sees the exception; the rest of the batch goes on.
                pending.Completion.TrySetException(ex);
                continue;
            }

            if (outcome is { IsSuccess: true, Value.HasChanges: true })
            {
                if (events.Count > 0 && events.Count + outcome.Value.Events.Count > options.MaxEventsPerSave)
                {
                    deferred.Add(pending);
                    continue;
                }

                aggregate = outcome.Value.Aggregate;
                events.AddRange(outcome.Value.Events);
            }

            applied.Add((pending, outcome));
        }

        return applied;
    }

    private static void FailAll<T>(IReadOnlyList<PendingUpdate<T>> batch, Exception exception)
    {
        foreach (var pending in batch)
        {
            pending.Completion.TrySetException(exception);
        }
    }
}
