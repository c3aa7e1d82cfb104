using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Monitoring;
using WorkshopBot.Domain.Ports;

namespace WorkshopBot.TestKit.Domain;

// IMonitoringStore in memory with the Table store's semantics: ETags, insert conflicts, atomic events.
// ConflictsBeforeSave makes the next saves lose the ETag race as if another instance had written first.
public sealed class InMemoryMonitoringStore : IMonitoringStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<(string, string), Versioned<WerkgroepMonitoring>> rows = [];
    private long etags;

    public List<WorkshopEvent> Events { get; } = [];

    public int ConflictsBeforeSave { get; set; }

    public int Saves { get; private set; }

    public Task<Versioned<WerkgroepMonitoring>?> GetAsync(string trajectId, string werkgroepId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(rows.GetValueOrDefault((trajectId, werkgroepId)));
        }
    }

    public Task<SaveResult> SaveAsync(WerkgroepMonitoring monitoring, string? expectedETag, IReadOnlyList<WorkshopEvent> events, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var key = (monitoring.TrajectId, monitoring.WerkgroepId);
            if (ConflictsBeforeSave > 0)
            {
                ConflictsBeforeSave--;
                return Task.FromResult(expectedETag is null ? SaveResult.AlreadyExists : SaveResult.ConcurrencyConflict);
            }

            var exists = rows.TryGetValue(key, out var current);
            if (expectedETag is null && exists)
            {
                return Task.FromResult(SaveResult.AlreadyExists);
            }

            if (expectedETag is not null && (!exists || current!.ETag != expectedETag))
            {
                return Task.FromResult(SaveResult.ConcurrencyConflict);
            }

            var etag = $"W/\"{++etags}\"";
            rows[key] = new Versioned<WerkgroepMonitoring>(monitoring, etag);
            Events.AddRange(events);
            Saves++;
            return Task.FromResult(SaveResult.Saved(etag));
        }
    }

    public Task<IReadOnlyList<Versioned<WerkgroepMonitoring>>> ListAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<Versioned<WerkgroepMonitoring>>>([.. rows.Values]);
        }
    }
}
