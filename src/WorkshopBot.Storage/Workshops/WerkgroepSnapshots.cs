using System.Collections.Concurrent;

namespace WorkshopBot.Storage.Workshops;

// The last few snapshots of each werkgroep this process loaded or saved, by ETag. A save with the ETag of one
// of them writes only what differs from it; any other ETag means no snapshot is what storage holds, so the
// save reads the partition first (WerkgroepRows.SaveAsync). A few per werkgroep, because callers that each
// load and save (not group-committed) race with their own ETags. Bounded: when full, everything is dropped.
internal sealed class WerkgroepSnapshots(int capacity = 256)
{
    private const int PerWerkgroep = 8;

    private readonly ConcurrentDictionary<string, WerkgroepSnapshot[]> snapshots = new(StringComparer.Ordinal);

    public WerkgroepSnapshot? Get(string werkgroepId, string etag) =>
        snapshots.TryGetValue(werkgroepId, out var kept) ? Array.Find(kept, s => s.ETag == etag) : null;

    public void Keep(WerkgroepSnapshot snapshot)
    {
        string id = snapshot.Werkgroep.Id;
        if (snapshots.Count >= capacity && !snapshots.ContainsKey(id))
        {
            snapshots.Clear();
        }

        snapshots.AddOrUpdate(
            id,
            [snapshot],
            (_, kept) => [snapshot, .. kept.Where(s => s.ETag != snapshot.ETag).Take(PerWerkgroep - 1)]);
    }
}
