using Azure;
using Azure.Data.Tables;
using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.Storage.Serialization;

namespace WorkshopBot.Storage.Workshops;

// IWorkshopStore on Azure Table storage.
// Workshops: PartitionKey = traject or werkgroep id; RowKey "state" holds the aggregate, RowKeys
// "event-{version}-{n}" its audit events. State and events go in one transaction, so they cannot diverge.
// A werkgroep's notes are rows of their own next to its state row (WerkgroepRows); a traject is one row.
// ConversationIndex and TrajectWerkgroepen are written before the aggregate (insert-if-absent), so a
// crash in between leaves at most an index row pointing at an aggregate that does not exist yet.
// UserWerkgroepen (user -> werkgroepen, moderator -> trajecten) is brought up to date after each save; see
// LedgeredUserIndex for why that is after, not in, the transaction and how it repairs itself.
internal sealed class TableWorkshopStore(
    TableClientProvider tables,
    TableMembershipIndex membership,
    TableTrajectModeratorIndex moderatedTrajecten,
    TimeProvider timeProvider)
    : IWorkshopStore, IWerkgroepMembershipIndex, ITrajectModeratorIndex
{
    // An index row whose aggregate never appeared is only taken over after this long, so two concurrent
    // starts in one conversation cannot both win.
    private static readonly TimeSpan DanglingIndexAge = TimeSpan.FromMinutes(2);

    private readonly WerkgroepRows werkgroepRows = new(tables.GetTableClient(TableNames.Workshops), new WerkgroepSnapshots(), timeProvider);

    private TableClient Workshops => tables.GetTableClient(TableNames.Workshops);

    private TableClient ConversationIndex => tables.GetTableClient(TableNames.ConversationIndex);

    private TableClient TrajectWerkgroepen => tables.GetTableClient(TableNames.TrajectWerkgroepen);

    public async Task<Versioned<Traject>?> GetTrajectAsync(string trajectId, CancellationToken cancellationToken)
    {
        var state = await GetStateAsync(trajectId, WorkshopStateEntity.TrajectKind, cancellationToken);
        return state is null
            ? null
            : new Versioned<Traject>(ChunkedJson.Read(state, WorkshopJsonContext.Default.Traject, $"traject {state.PartitionKey}"), state.ETag.ToString());
    }

    public async Task<Versioned<Werkgroep>?> GetWerkgroepAsync(string werkgroepId, CancellationToken cancellationToken) =>
        await werkgroepRows.LoadAsync(werkgroepId, cancellationToken) is { } snapshot
            ? new Versioned<Werkgroep>(snapshot.Werkgroep, snapshot.ETag)
            : null;

    public Task<string?> FindWerkgroepIdByConversationAsync(string conversationId, CancellationToken cancellationToken) =>
        FindByConversationAsync(conversationId, ConversationIndexEntity.WerkgroepRowKey, cancellationToken);

    public Task<string?> FindTrajectIdByConversationAsync(string conversationId, CancellationToken cancellationToken) =>
        FindByConversationAsync(conversationId, ConversationIndexEntity.TrajectRowKey, cancellationToken);

    public async Task<IReadOnlyList<Werkgroep>> ListWerkgroepenAsync(string trajectId, CancellationToken cancellationToken)
    {
        var ids = await WerkgroepIdsAsync(trajectId, cancellationToken);
        var werkgroepen = await Task.WhenAll(ids.Select(id => GetWerkgroepAsync(id, cancellationToken)));
        return werkgroepen.OfType<Versioned<Werkgroep>>().Select(w => w.Value).OrderBy(w => w.Id, StringComparer.Ordinal).ToArray();
    }

    public async Task<SaveResult> SaveTrajectAsync(
        Traject traject,
        string? expectedETag,
        IReadOnlyList<WorkshopEvent> events,
        CancellationToken cancellationToken)
    {
        var state = NewState(traject.Id, WorkshopStateEntity.TrajectKind, traject.Id, traject.Version);
        ChunkedJson.Write(state, WorkshopStateEntity.MaxChunks, traject, WorkshopJsonContext.Default.Traject, $"traject {traject.Id}");
        if (traject.LargeGroupChannel is { } channel
            && !await ClaimConversationAsync(channel.ConversationId, ConversationIndexEntity.TrajectRowKey, traject.Id, WorkshopStateEntity.TrajectKind, cancellationToken))
        {
            return SaveResult.AlreadyExists;
        }

        var result = await SaveStateAsync(state, expectedETag, events, cancellationToken);
        if (result.IsSaved)
        {
            await moderatedTrajecten.SyncAsync(traject, cancellationToken);
        }

        return result;
    }

    // The conversation binding of a werkgroep is set at Start and never changes, so the index is
    // written on insert only and updates cost a single transaction.
    public async Task<SaveResult> SaveWerkgroepAsync(
        Werkgroep werkgroep,
        string? expectedETag,
        IReadOnlyList<WorkshopEvent> events,
        CancellationToken cancellationToken)
    {
        if (expectedETag is null)
        {
            if (werkgroep.Conversation is { } conversation
                && !await ClaimConversationAsync(conversation.ConversationId, ConversationIndexEntity.WerkgroepRowKey, werkgroep.Id, WorkshopStateEntity.WerkgroepKind, cancellationToken))
            {
                return SaveResult.AlreadyExists;
            }

            var link = new TrajectWerkgroepEntity { PartitionKey = werkgroep.TrajectId, RowKey = werkgroep.Id };
            await TrajectWerkgroepen.UpsertEntityAsync(link, TableUpdateMode.Replace, cancellationToken);
        }

        var result = await werkgroepRows.SaveAsync(werkgroep, expectedETag, events, cancellationToken);
        if (result.IsSaved)
        {
            await membership.SyncAsync(werkgroep, cancellationToken);
        }

        return result;
    }

    // Every row is checked against the werkgroep it names: a row the werkgroep no longer backs (the user
    // left, or a late sync of an older version wrote it back) is skipped and removed.
    public async Task<IReadOnlyList<WerkgroepMembership>> ListForUserAsync(string userId, CancellationToken cancellationToken)
    {
        var rows = await membership.RowsForUserAsync(userId, cancellationToken);
        var werkgroepen = await Task.WhenAll(rows.Select(row => GetWerkgroepAsync(row.RowKey, cancellationToken)));
        var memberships = new List<WerkgroepMembership>(rows.Count);
        for (int i = 0; i < rows.Count; i++)
        {
            if (werkgroepen[i]?.Value is not { } werkgroep)
            {
                continue;
            }

            if (werkgroep.RoleOf(userId) is { } role)
            {
                memberships.Add(new WerkgroepMembership(werkgroep.Id, werkgroep.Name, werkgroep.TrajectId, werkgroep.TenantId, role, werkgroep.UpdatedAt));
            }
            else if (rows[i].WerkgroepVersion <= werkgroep.Version)
            {
                await membership.RemoveStaleAsync(rows[i], cancellationToken);
            }
        }

        return memberships;
    }

    // Each row is checked against its traject; a row the traject no longer backs (the user stepped down)
    // is skipped and, unless a newer sync wrote it, removed.
    public async Task<IReadOnlyList<Traject>> ListModeratedByAsync(string userId, int max, CancellationToken cancellationToken)
    {
        var rows = await moderatedTrajecten.RowsForUserAsync(userId, cancellationToken);
        var trajecten = await Task.WhenAll(rows.Select(row => GetTrajectAsync(row.RowKey, cancellationToken)));
        var moderated = new List<Traject>(rows.Count);
        for (int i = 0; i < rows.Count; i++)
        {
            if (trajecten[i]?.Value is not { } traject)
            {
                continue;
            }

            if (traject.IsModerator(userId))
            {
                moderated.Add(traject);
            }
            else if (rows[i].TrajectVersion <= traject.Version)
            {
                await moderatedTrajecten.RemoveStaleAsync(rows[i], cancellationToken);
            }
        }

        return moderated
            .OrderByDescending(t => t.UpdatedAt)
            .ThenBy(t => t.Id, StringComparer.Ordinal)
            .Take(Math.Max(0, max))
            .ToArray();
    }

    public async Task<IReadOnlyList<WorkshopEvent>> GetAuditTrailAsync(string trajectId, CancellationToken cancellationToken)
    {
        var partitions = new[] { trajectId }.Concat(await WerkgroepIdsAsync(trajectId, cancellationToken));
        var perPartition = await Task.WhenAll(partitions.Select(p => EventsAsync(p, cancellationToken)));
        return perPartition
            .SelectMany(events => events)
            .OrderBy(e => e.At)
            .ThenBy(e => e.AggregateId, StringComparer.Ordinal)
            .ThenBy(e => e.Sequence)
            .ToArray();
    }

    private static WorkshopStateEntity NewState(string id, string kind, string trajectId, int version) => new()
    {
        PartitionKey = id,
        RowKey = WorkshopStateEntity.StateRowKey,
        Kind = kind,
        TrajectId = trajectId,
        Version = version,
    };

    private async Task<WorkshopStateEntity?> GetStateAsync(string id, string kind, CancellationToken cancellationToken)
    {
        if (!TableKeys.IsStorable(id))
        {
            return null;
        }

        var response = await Workshops.GetEntityIfExistsAsync<WorkshopStateEntity>(id, WorkshopStateEntity.StateRowKey, cancellationToken: cancellationToken);
        return response.HasValue && response.Value!.Kind == kind ? response.Value : null;
    }

    private async Task<SaveResult> SaveStateAsync(
        WorkshopStateEntity state,
        string? expectedETag,
        IReadOnlyList<WorkshopEvent> events,
        CancellationToken cancellationToken)
    {
        if (events.Count > SaveLimits.MaxEventsPerSave)
        {
            throw new ArgumentException($"One save can hold at most {SaveLimits.MaxEventsPerSave} events, got {events.Count}.", nameof(events));
        }

        var actions = new List<TableTransactionAction>(events.Count + 1)
        {
            expectedETag is null
                ? new TableTransactionAction(TableTransactionActionType.Add, state)
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, state, new ETag(expectedETag)),
        };
        actions.AddRange(events.Select((e, i) => new TableTransactionAction(TableTransactionActionType.Add, WorkshopEventEntity.From(state.PartitionKey, e, i))));

        try
        {
            var response = await Workshops.SubmitTransactionAsync(actions, cancellationToken);
            var etag = response.Value[0].Headers.ETag;
            if (etag is { } known)
            {
                return SaveResult.Saved(known.ToString());
            }

            var stored = await GetStateAsync(state.PartitionKey, state.Kind, cancellationToken);
            return SaveResult.Saved(stored!.ETag.ToString());
        }
        catch (RequestFailedException ex) when (ex.Status is 409)
        {
            // On insert the state row exists; on update an event row of this version exists, which
            // means another writer already saved this version.
            return expectedETag is null ? SaveResult.AlreadyExists : SaveResult.ConcurrencyConflict;
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return SaveResult.ConcurrencyConflict;
        }
    }

    private async Task<string?> FindByConversationAsync(string conversationId, string rowKey, CancellationToken cancellationToken)
    {
        var response = await ConversationIndex.GetEntityIfExistsAsync<ConversationIndexEntity>(
            TableKeys.ForConversation(conversationId),
            rowKey,
            cancellationToken: cancellationToken);
        return response.HasValue && response.Value!.ConversationId == conversationId ? response.Value.TargetId : null;
    }

    // Binds a conversation to an aggregate unless another existing aggregate already holds it.
    private async Task<bool> ClaimConversationAsync(string conversationId, string rowKey, string targetId, string kind, CancellationToken cancellationToken)
    {
        string key = TableKeys.ForConversation(conversationId);
        for (int attempt = 0; attempt < 3; attempt++)
        {
            var existing = await ConversationIndex.GetEntityIfExistsAsync<ConversationIndexEntity>(key, rowKey, cancellationToken: cancellationToken);
            if (!existing.HasValue)
            {
                try
                {
                    var entry = new ConversationIndexEntity { PartitionKey = key, RowKey = rowKey, ConversationId = conversationId, TargetId = targetId };
                    await ConversationIndex.AddEntityAsync(entry, cancellationToken);
                    return true;
                }
                catch (RequestFailedException ex) when (ex.Status == 409)
                {
                    continue;
                }
            }

            var entity = existing.Value!;
            if (entity.TargetId == targetId)
            {
                return true;
            }

            bool dangling = entity.Timestamp is { } written
                && timeProvider.GetUtcNow() - written > DanglingIndexAge
                && await GetStateAsync(entity.TargetId, kind, cancellationToken) is null;
            if (!dangling)
            {
                return false;
            }

            try
            {
                entity.TargetId = targetId;
                await ConversationIndex.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken);
                return true;
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                continue;
            }
        }

        return false;
    }

    private async Task<IReadOnlyList<string>> WerkgroepIdsAsync(string trajectId, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        await foreach (var link in TrajectWerkgroepen.QueryAsync<TrajectWerkgroepEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {trajectId}"),
            select: ["RowKey"],
            cancellationToken: cancellationToken))
        {
            ids.Add(link.RowKey);
        }

        return ids;
    }

    private async Task<IReadOnlyList<WorkshopEvent>> EventsAsync(string partitionKey, CancellationToken cancellationToken)
    {
        string from = WorkshopEventEntity.RowKeyPrefix;
        string to = WorkshopEventEntity.RowKeyPrefix[..^1] + (char)(WorkshopEventEntity.RowKeyPrefix[^1] + 1);
        var events = new List<WorkshopEvent>();
        await foreach (var entity in Workshops.QueryAsync<WorkshopEventEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and RowKey ge {from} and RowKey lt {to}"),
            cancellationToken: cancellationToken))
        {
            events.Add(entity.ToEvent());
        }

        return events;
    }
}
