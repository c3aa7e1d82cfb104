using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Domain.Services;

// Load → apply a pure operation → save with the ETag. On a concurrency conflict it reloads and applies
// the operation again to the fresh state (bounded, with jitter), so concurrent clicks in a busy meeting
// all land and nobody's change is overwritten. A failing operation returns its DomainError untouched and
// nothing is saved; an operation without events (idempotent redelivery) saves nothing either.
public sealed class WorkshopService(IWorkshopStore store, TimeProvider timeProvider)
{
    public const int MaxAttempts = 10;

    private const int BaseBackoffMilliseconds = 10;
    private const int MaxBackoffMilliseconds = 1_000;

    public async Task<Traject?> GetTrajectAsync(string trajectId, CancellationToken cancellationToken) =>
        (await store.GetTrajectAsync(trajectId, cancellationToken))?.Value;

    public async Task<Werkgroep?> GetWerkgroepAsync(string werkgroepId, CancellationToken cancellationToken) =>
        (await store.GetWerkgroepAsync(werkgroepId, cancellationToken))?.Value;

    public async Task<Werkgroep?> FindWerkgroepByConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        string? id = await store.FindWerkgroepIdByConversationAsync(conversationId, cancellationToken);
        return id is null ? null : await GetWerkgroepAsync(id, cancellationToken);
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
    public async Task<DomainResult<Change<Traject>>> CreateTrajectAsync(
        Func<DateTimeOffset, DomainResult<Change<Traject>>> create,
        CancellationToken cancellationToken)
    {
        var created = create(timeProvider.GetUtcNow());
        if (!created.IsSuccess || !created.Value.HasChanges)
        {
            return created;
        }

        var traject = created.Value.Aggregate;
        var saved = await store.SaveTrajectAsync(traject, expectedETag: null, created.Value.Events, cancellationToken);
        if (saved.IsSaved)
        {
            return created;
        }

        if (await store.GetTrajectAsync(traject.Id, cancellationToken) is { } existing)
        {
            return Change<Traject>.Unchanged(existing.Value);
        }

        string? other = traject.LargeGroupChannel is { } channel
            ? await store.FindTrajectIdByConversationAsync(channel.ConversationId, cancellationToken)
            : null;
        return AlreadyExists("Traject", other ?? traject.Id);
    }

    public Task<DomainResult<Change<Traject>>> UpdateTrajectAsync(
        string trajectId,
        Func<Traject, DateTimeOffset, DomainResult<Change<Traject>>> operation,
        CancellationToken cancellationToken) =>
        UpdateAsync(trajectId, "Traject", store.GetTrajectAsync, store.SaveTrajectAsync, operation, cancellationToken);

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

        var started = start(traject.Value, timeProvider.GetUtcNow());
        if (!started.IsSuccess || !started.Value.HasChanges)
        {
            return started;
        }

        var werkgroep = started.Value.Aggregate;
        var saved = await store.SaveWerkgroepAsync(werkgroep, expectedETag: null, started.Value.Events, cancellationToken);
        if (saved.IsSaved)
        {
            return started;
        }

        var existing = await store.GetWerkgroepAsync(werkgroep.Id, cancellationToken);
        if (existing is not null && existing.Value.Conversation?.ConversationId == werkgroep.Conversation?.ConversationId)
        {
            return Change<Werkgroep>.Unchanged(existing.Value);
        }

        string? other = werkgroep.Conversation is { } conversation
            ? await store.FindWerkgroepIdByConversationAsync(conversation.ConversationId, cancellationToken)
            : null;
        return AlreadyExists("Werkgroep", other ?? werkgroep.Id);
    }

    public Task<DomainResult<Change<Werkgroep>>> UpdateWerkgroepAsync(
        string werkgroepId,
        Func<Werkgroep, DateTimeOffset, DomainResult<Change<Werkgroep>>> operation,
        CancellationToken cancellationToken) =>
        UpdateAsync(werkgroepId, "Werkgroep", store.GetWerkgroepAsync, store.SaveWerkgroepAsync, operation, cancellationToken);

    private async Task<DomainResult<Change<T>>> UpdateAsync<T>(
        string id,
        string what,
        Func<string, CancellationToken, Task<Versioned<T>?>> load,
        Func<T, string?, IReadOnlyList<WorkshopEvent>, CancellationToken, Task<SaveResult>> save,
        Func<T, DateTimeOffset, DomainResult<Change<T>>> operation,
        CancellationToken cancellationToken)
    {
        for (int attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var current = await load(id, cancellationToken);
            if (current is null)
            {
                return Rules.NotFound(what, id);
            }

            var result = operation(current.Value, timeProvider.GetUtcNow());
            if (!result.IsSuccess || !result.Value.HasChanges)
            {
                return result;
            }

            var saved = await save(result.Value.Aggregate, current.ETag, result.Value.Events, cancellationToken);
            switch (saved.Status)
            {
                case SaveStatus.Saved:
                    return result;
                case SaveStatus.AlreadyExists:
                    return AlreadyExists(what, id);
                case SaveStatus.ConcurrencyConflict when attempt < MaxAttempts:
                    // Back off with full jitter, doubling the window (max 1 s), so a burst of concurrent
                    // clicks spreads out instead of colliding again in lockstep.
                    int window = Math.Min(MaxBackoffMilliseconds, BaseBackoffMilliseconds << attempt);
                    await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, window)), timeProvider, cancellationToken);
                    break;
            }
        }

        return new DomainError(DomainErrorCodes.TooBusy, $"{what} {id} kept changing; gave up after {MaxAttempts} attempts.")
        {
            TargetId = id,
            Limit = MaxAttempts,
        };
    }

    private static DomainError AlreadyExists(string what, string id) =>
        new(DomainErrorCodes.AlreadyExists, $"{what} '{id}' already exists.") { TargetId = id };
}
