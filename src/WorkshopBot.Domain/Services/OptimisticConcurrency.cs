using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Telemetry;

namespace WorkshopBot.Domain.Services;

// The one optimistic-concurrency policy for every aggregate (werkgroepen, trajecten, summary reviews):
// load → apply a pure operation → save with the ETag; a lost race reloads and applies again after a
// jittered back-off (ConflictBackoff) within the time budget and MaxAttempts of WorkshopWriteOptions,
// and a write that keeps losing gives up with "too-busy". A failing operation returns its DomainError
// untouched and nothing is saved; an operation without events saves nothing either.
public sealed class OptimisticConcurrency
{
    private readonly TimeProvider timeProvider;
    private readonly ConflictBackoff backoff;
    private readonly WorkshopMetrics? metrics;

    public OptimisticConcurrency(WorkshopWriteOptions options, TimeProvider timeProvider, WorkshopMetrics? metrics = null)
    {
        this.timeProvider = timeProvider;
        this.metrics = metrics;
        backoff = new ConflictBackoff(options, Random.Shared);
    }

    public Task<DomainResult<Change<T>>> UpdateAsync<T>(
        string what,
        string id,
        Func<string, CancellationToken, Task<Versioned<T>?>> load,
        Func<T, string?, IReadOnlyList<WorkshopEvent>, CancellationToken, Task<SaveResult>> save,
        Func<T, DateTimeOffset, DomainResult<Change<T>>> operation,
        DomainError notFound,
        CancellationToken cancellationToken) =>
        RetryAsync<Change<T>>(
            what,
            id,
            async ct =>
            {
                var current = await load(id, ct);
                if (current is null)
                {
                    return notFound;
                }

                var result = operation(current.Value, timeProvider.GetUtcNow());
                if (!result.IsSuccess || !result.Value.HasChanges)
                {
                    return result;
                }

                var saved = await save(result.Value.Aggregate, current.ETag, result.Value.Events, ct);
                return saved.Status switch
                {
                    SaveStatus.Saved => result,
                    SaveStatus.AlreadyExists => AlreadyExists(what, id),
                    _ => null,
                };
            },
            cancellationToken);

    // Runs `attempt` until it settles; null means it lost a race and is tried again after the back-off.
    // For writes that are not a plain ETag update (e.g. numbering a new version: the insert finds the
    // number taken, reads the latest again and numbers again).
    public async Task<DomainResult<T>> RetryAsync<T>(
        string what,
        string id,
        Func<CancellationToken, Task<DomainResult<T>?>> attempt,
        CancellationToken cancellationToken)
    {
        var started = timeProvider.GetUtcNow();
        for (int attempts = 1; ; attempts++)
        {
            if (await attempt(cancellationToken) is { } settled)
            {
                return settled;
            }

            if (!await WaitBeforeRetryAsync(what, attempts, started, cancellationToken))
            {
                return Exhausted(what, id, attempts);
            }
        }
    }

    // Waits before the next attempt after a lost race on `what` (an aggregate kind: Werkgroep, Traject, …);
    // false when the attempts or the time budget since `started` are spent. Every lost race is counted here.
    public async Task<bool> WaitBeforeRetryAsync(string what, int attempt, DateTimeOffset started, CancellationToken cancellationToken)
    {
        if (!backoff.TryGetDelay(attempt, timeProvider.GetUtcNow() - started, out var delay))
        {
            metrics?.StorageConflict(what, gaveUp: true);
            return false;
        }

        metrics?.StorageConflict(what, gaveUp: false);

        await Task.Delay(delay, timeProvider, cancellationToken);
        return true;
    }

    public static DomainError Exhausted(string what, string id, int attempts) =>
        new(DomainErrorCodes.TooBusy, $"{what} {id} kept changing; gave up after {attempts} attempts.")
        {
            TargetId = id,
            Limit = attempts,
        };

    public static DomainError AlreadyExists(string what, string id) =>
        new(DomainErrorCodes.AlreadyExists, $"{what} '{id}' already exists.") { TargetId = id };
}
