using System.Globalization;
using Azure;
using Azure.Data.Tables;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Ports;

namespace WorkshopBot.Storage.Timers;

// IRunningTimerStore on Azure Table storage: table RunningTimers, one partition, RowKey = hash of the
// werkgroep id (werkgroep ids may hold characters Table keys forbid).
internal sealed class TableRunningTimerStore(TableClientProvider tables) : IRunningTimerStore
{
    private TableClient Table => tables.GetTableClient(TableNames.RunningTimers);

    public async Task WatchAsync(RunningTimer timer, CancellationToken cancellationToken)
    {
        var entity = new RunningTimerEntity
        {
            RowKey = TableKeys.Hash(timer.WerkgroepId),
            WerkgroepId = timer.WerkgroepId,
            ConversationId = timer.ConversationId,
            EndsAt = timer.EndsAt,
            EndsAtExact = timer.EndsAt.ToString("O", CultureInfo.InvariantCulture),
            Language = Languages.Tag(timer.Language),
        };
        await Table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<IReadOnlyList<RunningTimer>> ListDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = new List<RunningTimer>();
        await foreach (var row in Table.QueryAsync<RunningTimerEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {RunningTimerEntity.Partition} and EndsAt le {now}"),
            cancellationToken: cancellationToken))
        {
            due.Add(new RunningTimer(row.WerkgroepId, row.ConversationId, ExactEnd(row), Languages.FromLocale(row.Language)));
        }

        return due;
    }

    // The delete is conditional on the row read, so a restart between read and delete wins.
    public async Task ForgetAsync(RunningTimer timer, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<RunningTimerEntity>(RunningTimerEntity.Partition, TableKeys.Hash(timer.WerkgroepId), cancellationToken: cancellationToken);
        if (!row.HasValue || row.Value is not { } stored || ExactEnd(stored) != timer.EndsAt)
        {
            return;
        }

        try
        {
            await Table.DeleteEntityAsync(stored.PartitionKey, stored.RowKey, stored.ETag, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Another instance forgot it first, or the timer was restarted: nothing to do.
        }
    }

    private static DateTimeOffset ExactEnd(RunningTimerEntity row) =>
        DateTimeOffset.ParseExact(row.EndsAtExact, "O", CultureInfo.InvariantCulture);
}
