using System.Text.Json.Nodes;
using Azure;
using Azure.Data.Tables;
using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Privacy;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.Storage.Protocol;
using WorkshopBot.Storage.Summaries;
using WorkshopBot.Storage.Workshops;

namespace WorkshopBot.Storage.Privacy;

// IPersonalDataStore on the tables the other stores write (see their layouts): Workshops (state and
// "event-…" rows per traject/werkgroep partition), TrajectWerkgroepen, ConversationIndex, UserWerkgroepen
// (membership rows keyed by werkgroep or traject id, ledgers "w-{werkgroep}"/"t-{traject}"),
// SummaryReviews (partition = traject), Monitoring (partition = traject: a state row per werkgroep and
// "event-…" rows), ShareLinks (partition = werkgroep), ConversationReferences and ProcessedActivities. Operator work: scans are fine here, never on a user's request path.
internal sealed class TablePersonalDataStore(TableClientProvider tables, IWorkshopStore workshops, TableActivityDedupeSweeper dedupeSweeper)
    : IPersonalDataStore
{
    private const string EventPrefix = "event-";
    private const string EventPrefixEnd = "event.";

    private TableClient Workshops => tables.GetTableClient(TableNames.Workshops);

    private TableClient SummaryReviews => tables.GetTableClient(TableNames.SummaryReviews);

    private TableClient Monitoring => tables.GetTableClient(TableNames.Monitoring);

    private TableClient References => tables.GetTableClient(TableNames.ConversationReferences);

    public async Task<IReadOnlyList<string>> ListTrajectIdsAsync(CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        await foreach (var row in Workshops.QueryAsync<WorkshopStateEntity>(
            TableClient.CreateQueryFilter($"RowKey eq {WorkshopStateEntity.StateRowKey} and Kind eq {WorkshopStateEntity.TrajectKind}"),
            select: ["PartitionKey"],
            cancellationToken: cancellationToken))
        {
            ids.Add(row.PartitionKey);
        }

        return ids.Order(StringComparer.Ordinal).ToArray();
    }

    public async Task<IReadOnlyList<Versioned<SummaryReview>>> ListSummaryReviewsAsync(string trajectId, CancellationToken cancellationToken)
    {
        var store = new TableSummaryReviewStore(SummaryReviews);
        var reviews = new List<Versioned<SummaryReview>>();
        await foreach (var row in SummaryReviews.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {trajectId}"), select: ["RowKey"], cancellationToken: cancellationToken))
        {
            if (!row.RowKey.StartsWith(EventPrefix, StringComparison.Ordinal) && await store.GetAsync(trajectId, row.RowKey, cancellationToken) is { } review)
            {
                reviews.Add(review);
            }
        }

        return reviews;
    }

    public async Task<int> RewriteAuditAsync(string trajectId, Func<WorkshopEvent, WorkshopEvent> rewrite, CancellationToken cancellationToken)
    {
        int changed = 0;
        foreach (var partition in await PartitionsOfAsync(trajectId, cancellationToken))
        {
            changed += await RewriteEventsAsync(Workshops, partition, rewrite, cancellationToken);
        }

        return changed
            + await RewriteEventsAsync(SummaryReviews, trajectId, rewrite, cancellationToken)
            + await RewriteEventsAsync(Monitoring, trajectId, rewrite, cancellationToken);
    }

    public async Task<IReadOnlyList<StoredReference>> ConversationReferencesOfAsync(PersonIds person, CancellationToken cancellationToken)
    {
        var found = new List<StoredReference>();
        await foreach (var row in References.QueryAsync<ConversationReferenceEntity>(cancellationToken: cancellationToken))
        {
            if (SenderOf(row.Json) is { } sender && (person.Matches(sender.Id) || person.Matches(sender.AadObjectId)))
            {
                found.Add(new StoredReference(row.ConversationId, row.Json));
            }
        }

        return found;
    }

    public async Task<int> ForgetConversationReferencesAsync(PersonIds person, CancellationToken cancellationToken)
    {
        int changed = 0;
        await foreach (var row in References.QueryAsync<ConversationReferenceEntity>(cancellationToken: cancellationToken))
        {
            if (JsonNode.Parse(row.Json) is not JsonObject reference
                || SenderOf(row.Json) is not { } sender
                || !(person.Matches(sender.Id) || person.Matches(sender.AadObjectId)))
            {
                continue;
            }

            try
            {
                if (reference["conversation"]?["conversationType"]?.GetValue<string>() == "personal")
                {
                    await References.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, cancellationToken);
                }
                else
                {
                    reference.Remove("user");
                    row.Json = reference.ToJsonString();
                    await References.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken);
                }

                changed++;
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 412)
            {
                // A new activity just wrote the reference again: its sender is whoever sent that one.
            }
        }

        return changed;
    }

    public async Task DeleteTrajectAsync(string trajectId, CancellationToken cancellationToken)
    {
        var traject = (await workshops.GetTrajectAsync(trajectId, cancellationToken))?.Value;
        var werkgroepen = await workshops.ListWerkgroepenAsync(trajectId, cancellationToken);
        var ids = werkgroepen.Select(w => w.Id).Append(trajectId).ToHashSet(StringComparer.Ordinal);

        // Lookups first, the aggregates last: a crash in between leaves a traject that can be deleted again.
        var conversationIndex = tables.GetTableClient(TableNames.ConversationIndex);
        foreach (var conversationId in werkgroepen.Select(w => w.Conversation?.ConversationId).Append(traject?.LargeGroupChannel?.ConversationId).OfType<string>())
        {
            await DeleteRowsAsync(conversationIndex, TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.ForConversation(conversationId)}"), row => ids.Contains(row.GetString("TargetId") ?? ""), cancellationToken);
        }

        var userIndex = tables.GetTableClient(TableNames.UserWerkgroepen);
        await DeleteRowsAsync(userIndex, null, row => ids.Contains(row.RowKey) || ids.Any(id => row.PartitionKey == "w-" + id || row.PartitionKey == "t-" + id), cancellationToken);
        foreach (var werkgroepId in ids.Where(id => id != trajectId))
        {
            await DeleteRowsAsync(tables.GetTableClient(TableNames.ShareLinks), TableClient.CreateQueryFilter($"PartitionKey eq {werkgroepId}"), _ => true, cancellationToken);
            await DeleteRowsAsync(tables.GetTableClient(TableNames.RunningTimers), null, row => row.RowKey == TableKeys.Hash(werkgroepId), cancellationToken);
        }

        await DeleteRowsAsync(SummaryReviews, TableClient.CreateQueryFilter($"PartitionKey eq {trajectId}"), _ => true, cancellationToken);
        await DeleteRowsAsync(Monitoring, TableClient.CreateQueryFilter($"PartitionKey eq {trajectId}"), _ => true, cancellationToken);
        foreach (var werkgroepId in ids.Where(id => id != trajectId))
        {
            await DeleteRowsAsync(Workshops, TableClient.CreateQueryFilter($"PartitionKey eq {werkgroepId}"), _ => true, cancellationToken);
        }

        await DeleteRowsAsync(tables.GetTableClient(TableNames.TrajectWerkgroepen), TableClient.CreateQueryFilter($"PartitionKey eq {trajectId}"), _ => true, cancellationToken);
        await DeleteRowsAsync(Workshops, TableClient.CreateQueryFilter($"PartitionKey eq {trajectId}"), _ => true, cancellationToken);
    }

    public async Task<RetentionReport> PurgeExpiredAsync(RetentionPolicy policy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        int activities = await dedupeSweeper.SweepAsync(now - policy.ProcessedActivities, policy.MaxRowsPerKind, cancellationToken);
        int references = await DeleteRowsAsync(
            References,
            TableClient.CreateQueryFilter($"Timestamp lt {now - policy.ConversationReferences}"),
            _ => true,
            cancellationToken,
            policy.MaxRowsPerKind);

        // Audit rows are written once and never updated, so their Timestamp is when the event happened.
        int blanked = 0;
        var before = now - policy.AuditDetails;
        foreach (var table in new[] { Workshops, SummaryReviews, Monitoring })
        {
            await foreach (var row in table.QueryAsync<WorkshopEventEntity>(
                TableClient.CreateQueryFilter($"RowKey ge {EventPrefix} and RowKey lt {EventPrefixEnd} and Timestamp lt {before}"),
                cancellationToken: cancellationToken))
            {
                if (blanked >= policy.MaxRowsPerKind)
                {
                    break;
                }

                if (row.ActorName.Length == 0 && row.Details.Length == 0 && row.ActorId.StartsWith("vergeten-", StringComparison.Ordinal))
                {
                    continue;
                }

                row.ActorId = row.ActorId.StartsWith("system:", StringComparison.Ordinal) ? row.ActorId : PersonIds.PseudonymFor(row.ActorId);
                row.ActorName = "";
                row.Details = "";
                await TryUpdateAsync(table, row, cancellationToken);
                blanked++;
            }
        }

        return new RetentionReport(activities, references, blanked);
    }

    private static (string? Id, string? AadObjectId)? SenderOf(string json)
    {
        var user = JsonNode.Parse(json)?["user"];
        return user is null ? null : (user["id"]?.GetValue<string>(), user["aadObjectId"]?.GetValue<string>());
    }

    private async Task<IReadOnlyList<string>> PartitionsOfAsync(string trajectId, CancellationToken cancellationToken) =>
        (await workshops.ListWerkgroepenAsync(trajectId, cancellationToken)).Select(w => w.Id).Prepend(trajectId).ToArray();

    private static async Task<int> RewriteEventsAsync(TableClient table, string partition, Func<WorkshopEvent, WorkshopEvent> rewrite, CancellationToken cancellationToken)
    {
        int changed = 0;
        await foreach (var row in table.QueryAsync<WorkshopEventEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {EventPrefix} and RowKey lt {EventPrefixEnd}"),
            cancellationToken: cancellationToken))
        {
            var original = row.ToEvent();
            var rewritten = rewrite(original);
            if (rewritten == original)
            {
                continue;
            }

            row.ActorId = rewritten.ActorId;
            row.ActorName = rewritten.ActorName;
            row.Details = rewritten.Details;
            await TryUpdateAsync(table, row, cancellationToken);
            changed++;
        }

        return changed;
    }

    // Audit rows are only ever written by this store after their insert; a 412/404 means a concurrent
    // purge or erasure did it (or the traject was deleted), which leaves nothing to do.
    private static async Task TryUpdateAsync(TableClient table, WorkshopEventEntity row, CancellationToken cancellationToken)
    {
        try
        {
            await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
        }
    }

    private static async Task<int> DeleteRowsAsync(TableClient table, string? filter, Func<TableEntity, bool> match, CancellationToken cancellationToken, int max = int.MaxValue)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (match(row))
            {
                rows.Add(row);
            }

            if (rows.Count >= max)
            {
                break;
            }
        }

        foreach (var row in rows)
        {
            try
            {
                await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
            }
        }

        return rows.Count;
    }
}
