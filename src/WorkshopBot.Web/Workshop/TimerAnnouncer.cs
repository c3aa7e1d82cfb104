using Azure;
using WorkshopBot.BotProtocol.Connector;
using WorkshopBot.BotProtocol.Hosting;
using WorkshopBot.BotProtocol.Ports;
using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.Cards;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Services;

namespace WorkshopBot.Web.Workshop;

// Posts TimerEndedCard when a moderator's timer runs out. Exactly once across instances: the
// announcer first clears the timer in the werkgroep (an ETag-checked save, on behalf of the moderator
// who started it) and only the instance whose clear succeeds posts; a retried save sees no timer and
// gives up. A timer stopped or restarted meanwhile is not announced.
// The watch list is shared storage (IRunningTimerStore, filled by the application when a timer starts), so a timer still gets
// announced when the instance that started it restarted or is gone: every instance's announcer sees it.
public sealed partial class TimerAnnouncer(
    IRunningTimerStore runningTimers,
    WorkshopService workshops,
    IConversationReferenceStore references,
    BotAdapter adapter,
    WorkshopLinks links,
    TimeProvider time,
    ILogger<TimerAnnouncer> logger) : BackgroundService
{
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var ticker = new PeriodicTimer(CheckInterval, time);
        while (await ticker.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await AnnounceDueAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // Storage unreachable for a moment: the timers are still in the table; try next tick
                // instead of letting the exception stop the host.
                LogAnnounceFailed(logger, ex.GetType().Name);
            }
        }
    }

    public async Task<int> AnnounceDueAsync(CancellationToken cancellationToken)
    {
        var announced = 0;
        foreach (var timer in await runningTimers.ListDueAsync(time.GetUtcNow(), cancellationToken))
        {
            try
            {
                announced += await AnnounceAsync(timer, cancellationToken) ? 1 : 0;
            }
            catch (Exception ex) when (ex is ConnectorException or HttpRequestException or RequestFailedException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                LogAnnounceFailed(logger, ex.GetType().Name);
            }
        }

        return announced;
    }

    private async Task<bool> AnnounceAsync(RunningTimer timer, CancellationToken cancellationToken)
    {
        await runningTimers.ForgetAsync(timer, cancellationToken);
        var step = 0;
        var cleared = await workshops.UpdateWerkgroepAsync(timer.WerkgroepId, (w, now) =>
        {
            if (w.Timer is not { } running || running.EndsAt != timer.EndsAt || !running.HasEnded(now))
            {
                return new DomainError(DomainErrorCodes.NoTimer, "The timer was stopped, restarted or already announced.");
            }

            step = running.Step ?? w.StepToShow();
            return w.ClearTimer(new Actor(running.StartedById, "WorkshopBot", null), now);
        }, cancellationToken);
        if (!cleared.IsSuccess)
        {
            return false;
        }

        var reference = await references.GetAsync(timer.ConversationId, cancellationToken);
        if (reference is null)
        {
            return false;
        }

        var werkgroep = cleared.Value.Aggregate;
        var card = TimerEndedCard.Build(new TimerEndedView(werkgroep.Id, werkgroep.Name, step, links.Board(werkgroep.Id)), timer.Language);
        await adapter.ContinueConversationAsync(
            reference,
            (turn, ct) => turn.SendActivityAsync(Activity.CreateMessage(Attachment.AdaptiveCard(card)), ct),
            cancellationToken);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Announcing an ended timer failed ({ExceptionType}).")]
    private static partial void LogAnnounceFailed(ILogger logger, string exceptionType);
}
