using WorkshopBot.Application.Summaries;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Monitoring;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Services;
using WorkshopBot.Domain.Summaries;

namespace WorkshopBot.Application.Monitoring;

// Runs on every app instance, on the host's timer: asks data owners for the periods that have ended
// without data, in office hours (Europe/Amsterdam, ReminderPolicy) and at most once a week per owner and
// indicator. The asks are claimed by saving with the ETag first: the instance whose save wins sends, the
// others skip, so nobody gets the same due card twice. Sends go through the outbound pacer in the host.
public sealed class DataOwnerDueHandler(
    IMonitoringStore store,
    WorkshopService workshops,
    IDataOwnerOutbox outbox,
    ReminderPolicy policy,
    TimeProvider timeProvider)
{
    public async Task<DataOwnerDueRun> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var run = new DataOwnerDueRun();
        if (!policy.IsSendingAllowedAt(now))
        {
            return run;
        }

        foreach (var row in await store.ListAsync(cancellationToken))
        {
            try
            {
                await ProcessAsync(row, now, run, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One broken werkgroep must not stop the others; the host logs it.
                run.Failures.Add((row.Value.WerkgroepId, ex));
            }
        }

        return run;
    }

    private async Task ProcessAsync(Versioned<WerkgroepMonitoring> row, DateTimeOffset now, DataOwnerDueRun run, CancellationToken cancellationToken)
    {
        var werkgroep = await workshops.GetWerkgroepAsync(row.Value.WerkgroepId, cancellationToken);
        if (werkgroep is null)
        {
            return;
        }

        var requests = row.Value.DueRequests(MonitoringScope.Of(werkgroep), now, policy);
        if (requests.Count == 0)
        {
            return;
        }

        var claim = row.Value.MarkAsked(requests, SystemActors.Scheduler, now);
        if (!(await store.SaveAsync(claim.Aggregate, row.ETag, claim.Events, cancellationToken)).IsSaved)
        {
            // Another instance claimed this round, or a value came in: the next run looks again.
            return;
        }

        // Claimed: a card that fails now waits for the next interval rather than going out twice.
        foreach (var request in requests)
        {
            switch (await outbox.SendDueCardAsync(werkgroep, claim.Aggregate, request, cancellationToken))
            {
                case ReminderDelivery.Delivered:
                    run.Sent++;
                    break;
                case ReminderDelivery.Unreachable:
                    run.Unreachable++;
                    break;
                default:
                    run.Undelivered++;
                    break;
            }
        }
    }
}

public sealed class DataOwnerDueRun
{
    public int Sent { get; set; }

    public int Unreachable { get; set; }

    public int Undelivered { get; set; }

    public List<(string WerkgroepId, Exception Error)> Failures { get; } = [];
}
