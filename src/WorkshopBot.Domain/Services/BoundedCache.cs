using System.Collections.Concurrent;

namespace WorkshopBot.Domain.Services;

// The one in-memory lookup of this code base that cannot grow without bound: past `capacity` the oldest
// tenth (by when each entry was set) is dropped at once, so trimming is rare and the newest entries stay;
// with a `lifetime`, an entry also expires that long after it was set. For what one instance merely
// remembers to save work or improve an answer (ETag-validated copies, conversation bindings, meeting start
// times, Teams ids from rosters, references already written): a dropped entry costs a storage read or a
// fallback, never data. Ids come from whoever sends an activity, so a plain dictionary keyed by them grows
// with every conversation or user ever seen.
public sealed class BoundedCache<TKey, TValue>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Entry> entries;
    private readonly int capacity;
    private readonly TimeSpan lifetime;
    private readonly TimeProvider time;
    private readonly Lock trimGate = new();

    // Without a lifetime, entries stay until they are trimmed or removed.
    public BoundedCache(int capacity, TimeSpan? lifetime = null, IEqualityComparer<TKey>? comparer = null, TimeProvider? timeProvider = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        this.capacity = capacity;
        this.lifetime = lifetime ?? TimeSpan.MaxValue;
        time = timeProvider ?? TimeProvider.System;
        entries = new ConcurrentDictionary<TKey, Entry>(comparer);
    }

    public int Count => entries.Count;

    public void Set(TKey key, TValue value)
    {
        entries[key] = new Entry(value, time.GetUtcNow());
        TrimIfFull();
    }

    // Sets the value only where there is none (or only an expired one); false when a live value was kept.
    public bool TryAdd(TKey key, TValue value)
    {
        var entry = new Entry(value, time.GetUtcNow());
        var added = entries.TryAdd(key, entry)
            || (entries.TryGetValue(key, out var existing) && Expired(existing) && entries.TryUpdate(key, entry, existing));
        if (added)
        {
            TrimIfFull();
        }

        return added;
    }

    public bool TryGet(TKey key, out TValue value) => Read(key, remove: false, out value);

    public bool TryRemove(TKey key, out TValue value) => Read(key, remove: true, out value);

    private bool Expired(Entry entry) => time.GetUtcNow() - entry.At >= lifetime;

    private bool Read(TKey key, bool remove, out TValue value)
    {
        var found = remove ? entries.TryRemove(key, out var entry) : entries.TryGetValue(key, out entry);
        if (found && !Expired(entry!))
        {
            value = entry!.Value;
            return true;
        }

        if (found && !remove)
        {
            entries.TryRemove(KeyValuePair.Create(key, entry!));
        }

        value = default!;
        return false;
    }

    private void TrimIfFull()
    {
        if (entries.Count <= capacity)
        {
            return;
        }

        lock (trimGate)
        {
            if (entries.Count <= capacity)
            {
                return;
            }

            var keep = capacity - Math.Max(1, capacity / 10);
            var byAge = entries.ToArray().OrderBy(e => e.Value.At).ToArray();
            var excess = byAge.Length - keep;
            foreach (var (key, entry) in byAge)
            {
                if (excess <= 0 && !Expired(entry))
                {
                    break;
                }

                if (entries.TryRemove(KeyValuePair.Create(key, entry)))
                {
                    excess--;
                }
            }
        }
    }

    private sealed record Entry(TValue Value, DateTimeOffset At);
}
