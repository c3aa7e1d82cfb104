using WorkshopBot.Domain;
using WorkshopBot.Domain.Monitoring;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Services;

namespace WorkshopBot.Application.Monitoring;

// Load → apply → save a werkgroep's monitoring with the ETag, through the one OptimisticConcurrency
// policy. The first change of a werkgroep inserts its row; two first changes at once: the loser's insert
// finds the row (AlreadyExists), reloads and applies again.
public sealed class MonitoringWriter(IMonitoringStore store, OptimisticConcurrency concurrency)
{
    public Task<DomainResult<Change<WerkgroepMonitoring>>> UpdateAsync(
        string trajectId,
        string werkgroepId,
        Func<WerkgroepMonitoring, DateTimeOffset, DomainResult<Change<WerkgroepMonitoring>>> apply,
        DateTimeOffset now,
        CancellationToken cancellationToken) =>
        concurrency.RetryAsync<Change<WerkgroepMonitoring>>(
            "Monitoring",
            werkgroepId,
            async ct =>
            {
                var current = await store.GetAsync(trajectId, werkgroepId, ct);
                var result = apply(current?.Value ?? WerkgroepMonitoring.Empty(trajectId, werkgroepId), now);
                if (!result.IsSuccess || !result.Value.HasChanges)
                {
                    return result;
                }

                var saved = await store.SaveAsync(result.Value.Aggregate, current?.ETag, result.Value.Events, ct);
                return saved.IsSaved ? result : null;
            },
            cancellationToken);

    public async Task<WerkgroepMonitoring> GetAsync(string trajectId, string werkgroepId, CancellationToken cancellationToken) =>
        (await store.GetAsync(trajectId, werkgroepId, cancellationToken))?.Value ?? WerkgroepMonitoring.Empty(trajectId, werkgroepId);
}
