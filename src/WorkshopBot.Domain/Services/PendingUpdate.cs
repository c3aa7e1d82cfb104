namespace WorkshopBot.Domain.Services;

// One caller's operation waiting in a KeyedWriteQueue for the group commit of its aggregate.
internal sealed class PendingUpdate<T>(Func<T, DateTimeOffset, DomainResult<Change<T>>> operation, CancellationToken cancellationToken)
{
    public Func<T, DateTimeOffset, DomainResult<Change<T>>> Operation { get; } = operation;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    // Continuations run on the thread pool, not inline in the writer's loop.
    public TaskCompletionSource<DomainResult<Change<T>>> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // A null outcome means the caller had given up before its operation was applied.
    public void Settle(DomainResult<Change<T>>? outcome)
    {
        if (outcome is null)
        {
            Completion.TrySetCanceled(CancellationToken);
        }
        else
        {
            Completion.TrySetResult(outcome);
        }
    }
}
