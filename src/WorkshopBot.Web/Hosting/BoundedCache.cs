using System.Collections.Concurrent;

namespace WorkshopBot.Web.Hosting;

// An in-memory lookup that cannot grow without bound: entries expire after `lifetime`, and past
// `capacity` the oldest tenth is dropped at once (so trimming is rare). For what one instance merely
// remembers to save work or improve an answer (meeting start times, Teams ids from rosters): a dropped
// entry costs a fallback, never data. Activities carry ids chosen by whoever sends them, so a plain
// dictionary keyed by them grows with every new conversation or user ever seen.
public sealed class BoundedCache<TKey, TValue>(int capacity, TimeSpan lifetime, TimeProvider? timeProvider = null)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Entry> entries = new();
    private readonly TimeProvider time = timeProvider ?? TimeProvider.System;
    private readonly Lock trimGate = new();

    public BoundedCache(int capacity, TimeSpan lifetime, IEqualityComparer<TKey> comparer, TimeProvider? timeProvider = null)
        : this(capacity, lifetime, timeProvider)
    {
        entries = new ConcurrentDictionary<TKey, Entry>(comparer);
    }

    public int Count => entries.Count;

    public void Set(TKey key, TValue value)
    {
        entries[key] = new Entry(value, time.GetUtcNow());
        if (entries.Count > capacity)
        {
            Trim();
        }
    }

    public bool TryGet(TKey key, out TValue value) => Read(key, remove: false, out value);

    public bool TryRemove(TKey key, out TValue value) => Read(key, remove: true, out value);

    private bool Read(TKey key, bool remove, out TValue value)
    {
        var found = remove ? entries.TryRemove(key, out var entry) : entries.TryGetValue(key, out entry);
        if (found && time.GetUtcNow() - entry!.At < lifetime)
        {
            value = entry.Value;
            return true;
        }

        if (found && !remove)
        {
            entries.TryRemove(KeyValuePair.Create(key, entry!));
        }

        value = default!;
        return false;
    }

    private void Trim()
    {
        lock (trimGate)
        {
            if (entries.Count <= capacity)
            {
                return;
            }

            var now = time.GetUtcNow();
            var keep = capacity - Math.Max(1, capacity / 10);
            var byAge = entries.ToArray().OrderBy(e => e.Value.At).ToArray();
            var excess = byAge.Length - keep;
            foreach (var (key, entry) in byAge)
            {
                if (excess <= 0 && now - entry.At < lifetime)
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
