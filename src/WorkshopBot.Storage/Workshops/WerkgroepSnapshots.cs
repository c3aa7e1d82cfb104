using System.Collections.Concurrent;

namespace WorkshopBot.Storage.Workshops;

// The last snapshot of each werkgroep this process loaded or saved. A save with that snapshot's ETag
// writes only what differs from it; any other ETag means the snapshot is not what storage holds, so the
// save reads the partition first (WerkgroepRows.SaveAsync). Bounded: when full, everything is dropped.
internal sealed class WerkgroepSnapshots(int capacity = 1024)
{
    private readonly ConcurrentDictionary<string, WerkgroepSnapshot> snapshots = new(StringComparer.Ordinal);

    public WerkgroepSnapshot? Get(string werkgroepId, string etag) =>
        snapshots.TryGetValue(werkgroepId, out var snapshot) && snapshot.ETag == etag ? snapshot : null;

    public void Keep(WerkgroepSnapshot snapshot)
    {
        if (snapshots.Count >= capacity && !snapshots.ContainsKey(snapshot.Werkgroep.Id))
        {
            snapshots.Clear();
        }

        snapshots[snapshot.Werkgroep.Id] = snapshot;
    }

    public void Drop(string werkgroepId) => snapshots.TryRemove(werkgroepId, out _);
}
