using Azure;
using Azure.Data.Tables;
using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Monitoring;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Storage.Serialization;
using WorkshopBot.Storage.Workshops;

namespace WorkshopBot.Storage.Monitoring;

// Table TableNames.Monitoring (registered by AddBotTableStores). One partition per traject: a state row
// per werkgroep and its audit rows ("event-{werkgroepId}-{sequence}-{n}"), so a change and its events
// are one transaction, and the ETag of the state row is the optimistic-concurrency check.
public sealed class TableMonitoringStore(TableClient table) : IMonitoringStore
{
    private const string EventRowKeyPrefix = "event-";

    public async Task<Versioned<WerkgroepMonitoring>?> GetAsync(string trajectId, string werkgroepId, CancellationToken cancellationToken)
    {
        if (!TableKeys.IsStorable(trajectId) || !TableKeys.IsStorable(werkgroepId))
        {
            return null;
        }

        var response = await table.GetEntityIfExistsAsync<MonitoringEntity>(trajectId, werkgroepId, cancellationToken: cancellationToken);
        return response.HasValue && response.Value is { } entity ? ToVersioned(entity) : null;
    }

    public async Task<SaveResult> SaveAsync(WerkgroepMonitoring monitoring, string? expectedETag, IReadOnlyList<WorkshopEvent> events, CancellationToken cancellationToken)
    {
        if (events.Count > SaveLimits.MaxEventsPerSave)
        {
            throw new ArgumentException($"One save can hold at most {SaveLimits.MaxEventsPerSave} events, got {events.Count}.", nameof(events));
        }

        var entity = ToEntity(monitoring);
        var actions = new List<TableTransactionAction>(events.Count + 1)
        {
            expectedETag is null
                ? new TableTransactionAction(TableTransactionActionType.Add, entity)
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, new ETag(expectedETag)),
        };
        actions.AddRange(events.Select((e, i) => new TableTransactionAction(TableTransactionActionType.Add, EventEntity(monitoring, e, i))));

        try
        {
            var response = await table.SubmitTransactionAsync(actions, cancellationToken);
            if (response.Value[0].Headers.ETag is { } etag)
            {
                return SaveResult.Saved(etag.ToString());
            }

            var stored = await table.GetEntityAsync<MonitoringEntity>(entity.PartitionKey, entity.RowKey, select: [nameof(MonitoringEntity.Version)], cancellationToken: cancellationToken);
            return SaveResult.Saved(stored.Value.ETag.ToString());
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // On insert the state row exists; on update an event row of this version exists, so another
            // writer already saved this version.
            return expectedETag is null ? SaveResult.AlreadyExists : SaveResult.ConcurrencyConflict;
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return SaveResult.ConcurrencyConflict;
        }
    }

    public async Task<IReadOnlyList<Versioned<WerkgroepMonitoring>>> ListAsync(CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"Aggregate eq {MonitoringEntity.StateMarker}");
        var rows = new List<Versioned<WerkgroepMonitoring>>();
        await foreach (var entity in table.QueryAsync<MonitoringEntity>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(ToVersioned(entity));
        }

        return rows;
    }

    private static WorkshopEventEntity EventEntity(WerkgroepMonitoring monitoring, WorkshopEvent e, int index)
    {
        var entity = WorkshopEventEntity.From(monitoring.TrajectId, e, index);
        entity.RowKey = $"{EventRowKeyPrefix}{monitoring.WerkgroepId}-{e.Sequence:D10}-{index:D3}";
        return entity;
    }

    private static MonitoringEntity ToEntity(WerkgroepMonitoring monitoring)
    {
        var entity = new MonitoringEntity
        {
            PartitionKey = monitoring.TrajectId,
            RowKey = monitoring.WerkgroepId,
            Version = monitoring.Version,
        };

        ChunkedJson.Write(entity, MonitoringEntity.MaxChunks, monitoring, MonitoringJsonContext.Default.WerkgroepMonitoring, $"monitoring {monitoring.WerkgroepId}");
        return entity;
    }

    private static Versioned<WerkgroepMonitoring> ToVersioned(MonitoringEntity entity)
    {
        var monitoring = ChunkedJson.Read(entity, MonitoringJsonContext.Default.WerkgroepMonitoring, $"monitoring {entity.PartitionKey}/{entity.RowKey}");
        return new Versioned<WerkgroepMonitoring>(monitoring, entity.ETag.ToString());
    }
}
