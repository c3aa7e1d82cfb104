using WorkshopBot.Domain.Localization;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using WorkshopBot.Application.Ports;
using WorkshopBot.Cards;

namespace WorkshopBot.Web.Workshop;

// Running timers, so TimerAnnouncer knows where to post when one ends. Kept in Table storage (not in
// memory), so a timer survives a restart of the instance that started it and every instance's announcer
// sees every timer. The werkgroep's own Timer stays the truth: the announcer clears it with an ETag-checked
// save first, so with several instances exactly one announces (see TimerAnnouncer); this table only says
// where to look.
public sealed class TimerWatch(TableClient table) : ITimerAnnouncements
{
    public async Task WatchAsync(string werkgroepId, string conversationId, DateTimeOffset endsAt, Language language, CancellationToken cancellationToken)
    {
        var entity = new RunningTimerEntity
        {
            RowKey = RowKey(werkgroepId),
            WerkgroepId = werkgroepId,
            ConversationId = conversationId,
            EndsAt = endsAt,
            EndsAtExact = endsAt.ToString("O", CultureInfo.InvariantCulture),
            Language = Languages.Tag(language),
        };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<IReadOnlyList<WatchedTimer>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = new List<WatchedTimer>();
        await foreach (var row in table.QueryAsync<RunningTimerEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {RunningTimerEntity.Partition} and EndsAt le {now}"),
            cancellationToken: cancellationToken))
        {
            due.Add(new WatchedTimer(row.WerkgroepId, row.ConversationId, ExactEnd(row), row.Language == "en" ? Language.English : Language.Dutch));
        }

        return due;
    }

    // Only forgets the timer that was announced: a timer restarted meanwhile (another EndsAt) stays
    // watched. The delete is conditional on the row read, so a restart between read and delete wins.
    public async Task ForgetAsync(WatchedTimer timer, CancellationToken cancellationToken)
    {
        var row = await table.GetEntityIfExistsAsync<RunningTimerEntity>(RunningTimerEntity.Partition, RowKey(timer.WerkgroepId), cancellationToken: cancellationToken);
        if (!row.HasValue || row.Value is not { } stored || ExactEnd(stored) != timer.EndsAt)
        {
            return;
        }

        try
        {
            await table.DeleteEntityAsync(stored.PartitionKey, stored.RowKey, stored.ETag, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Another instance forgot it first, or the timer was restarted: nothing to do.
        }
    }

    private static DateTimeOffset ExactEnd(RunningTimerEntity row) =>
        DateTimeOffset.ParseExact(row.EndsAtExact, "O", CultureInfo.InvariantCulture);

    // Werkgroep ids may hold characters Table keys forbid; a digest is always a valid key.
    private static string RowKey(string werkgroepId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(werkgroepId)));
}
