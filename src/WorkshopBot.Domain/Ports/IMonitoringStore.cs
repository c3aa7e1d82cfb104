using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Monitoring;

namespace WorkshopBot.Domain.Ports;

// Persistence of each werkgroep's improvement cycle with optimistic concurrency (one row per werkgroep,
// its audit events in the same transaction). A null expectedETag means insert; AlreadyExists when the
// row is there. The due scheduler lists every row to find what to ask.
public interface IMonitoringStore
{
    Task<Versioned<WerkgroepMonitoring>?> GetAsync(string trajectId, string werkgroepId, CancellationToken cancellationToken);

    Task<SaveResult> SaveAsync(WerkgroepMonitoring monitoring, string? expectedETag, IReadOnlyList<WorkshopEvent> events, CancellationToken cancellationToken);

    Task<IReadOnlyList<Versioned<WerkgroepMonitoring>>> ListAsync(CancellationToken cancellationToken);
}
