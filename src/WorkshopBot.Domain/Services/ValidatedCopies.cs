using WorkshopBot.Domain.Ports;

namespace WorkshopBot.Domain.Services;

// The last version of each aggregate this process loaded or saved, with its ETag. A write starts from this
// copy instead of reading the aggregate again and saves with the copy's ETag, so storage itself validates
// the copy: if another instance wrote in between, the save fails with a conflict, the copy is dropped and
// the write reloads (WorkshopService.UpdateBatchAsync). A rule that refuses on a copy is decided again on
// freshly read state, so a stale copy never produces an answer, only a retry.
// Bounded (BoundedCache): when full, the oldest copies are dropped (their next write reads once again).
internal sealed class ValidatedCopies<T>(int capacity)
{
    private readonly BoundedCache<string, Versioned<T>> copies = new(capacity, comparer: StringComparer.Ordinal);

    public Versioned<T>? Get(string id) => copies.TryGet(id, out var copy) ? copy : null;

    public void Keep(string id, Versioned<T> copy) => copies.Set(id, copy);

    // A copy read outside a write never replaces one a write kept (which may be newer).
    public void KeepIfAbsent(string id, Versioned<T> copy) => copies.TryAdd(id, copy);

    public void Drop(string id) => copies.TryRemove(id, out _);
}
