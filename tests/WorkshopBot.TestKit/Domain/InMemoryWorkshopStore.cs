using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.TestKit.Domain;

// IWorkshopStore in memory with the same semantics as the Table store (ETags, insert conflicts,
// conversation index, atomic audit trail). Aggregates are immutable records, so keeping references is safe.
public sealed class InMemoryWorkshopStore : IWorkshopStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Row> _rows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<WorkshopEvent>> _events = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _werkgroepByConversation = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _trajectByConversation = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _werkgroepenByTraject = new(StringComparer.Ordinal);
    private long _etagCounter;

    public int SaveCount { get; private set; }

    public Task<Versioned<Traject>?> GetTrajectAsync(string trajectId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_rows.TryGetValue(trajectId, out var row) && row.Value is Traject traject
                ? new Versioned<Traject>(traject, row.ETag)
                : null);
        }
    }

    public Task<Versioned<Werkgroep>?> GetWerkgroepAsync(string werkgroepId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_rows.TryGetValue(werkgroepId, out var row) && row.Value is Werkgroep werkgroep
                ? new Versioned<Werkgroep>(werkgroep, row.ETag)
                : null);
        }
    }

    public Task<string?> FindWerkgroepIdByConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_werkgroepByConversation.GetValueOrDefault(conversationId));
        }
    }

    public Task<string?> FindTrajectIdByConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_trajectByConversation.GetValueOrDefault(conversationId));
        }
    }

    public Task<IReadOnlyList<Werkgroep>> ListWerkgroepenAsync(string trajectId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<Werkgroep> list = _werkgroepenByTraject.GetValueOrDefault(trajectId, [])
                .Select(id => _rows.GetValueOrDefault(id)?.Value)
                .OfType<Werkgroep>()
                .OrderBy(w => w.Id, StringComparer.Ordinal)
                .ToArray();
            return Task.FromResult(list);
        }
    }

    public Task<SaveResult> SaveTrajectAsync(
        Traject traject,
        string? expectedETag,
        IReadOnlyList<WorkshopEvent> events,
        CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            string? conversationId = traject.LargeGroupChannel?.ConversationId;
            if (!CanClaim(_trajectByConversation, conversationId, traject.Id))
            {
                return Task.FromResult(SaveResult.AlreadyExists);
            }

            var result = Save(traject.Id, traject, expectedETag, events);
            if (result.IsSaved && conversationId is not null)
            {
                _trajectByConversation[conversationId] = traject.Id;
            }

            return Task.FromResult(result);
        }
    }

    public Task<SaveResult> SaveWerkgroepAsync(
        Werkgroep werkgroep,
        string? expectedETag,
        IReadOnlyList<WorkshopEvent> events,
        CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            string? conversationId = werkgroep.Conversation?.ConversationId;
            if (!CanClaim(_werkgroepByConversation, conversationId, werkgroep.Id))
            {
                return Task.FromResult(SaveResult.AlreadyExists);
            }

            var result = Save(werkgroep.Id, werkgroep, expectedETag, events);
            if (result.IsSaved)
            {
                if (conversationId is not null)
                {
                    _werkgroepByConversation[conversationId] = werkgroep.Id;
                }

                var ids = _werkgroepenByTraject.TryGetValue(werkgroep.TrajectId, out var list) ? list : _werkgroepenByTraject[werkgroep.TrajectId] = [];
                if (!ids.Contains(werkgroep.Id))
                {
                    ids.Add(werkgroep.Id);
                }
            }

            return Task.FromResult(result);
        }
    }

    public Task<IReadOnlyList<WorkshopEvent>> GetAuditTrailAsync(string trajectId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var partitions = new[] { trajectId }.Concat(_werkgroepenByTraject.GetValueOrDefault(trajectId, []));
            IReadOnlyList<WorkshopEvent> trail = partitions
                .SelectMany(id => _events.GetValueOrDefault(id, []))
                .OrderBy(e => e.At)
                .ThenBy(e => e.AggregateId, StringComparer.Ordinal)
                .ThenBy(e => e.Sequence)
                .ToArray();
            return Task.FromResult(trail);
        }
    }

    // Like the Table store: a conversation belongs to one aggregate.
    private static bool CanClaim(Dictionary<string, string> index, string? conversationId, string id) =>
        conversationId is null || !index.TryGetValue(conversationId, out var owner) || owner == id;

    private SaveResult Save(string id, object value, string? expectedETag, IReadOnlyList<WorkshopEvent> events)
    {
        _rows.TryGetValue(id, out var existing);
        if (expectedETag is null && existing is not null)
        {
            return SaveResult.AlreadyExists;
        }

        if (expectedETag is not null && (existing is null || existing.ETag != expectedETag || existing.Value.GetType() != value.GetType()))
        {
            return SaveResult.ConcurrencyConflict;
        }

        string etag = $"W/\"{++_etagCounter}\"";
        _rows[id] = new Row(value, etag);
        (_events.TryGetValue(id, out var list) ? list : _events[id] = []).AddRange(events);
        SaveCount++;
        return SaveResult.Saved(etag);
    }

    private sealed record Row(object Value, string ETag);
}
