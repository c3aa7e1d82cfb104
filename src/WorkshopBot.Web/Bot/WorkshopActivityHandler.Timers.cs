using WorkshopBot.BotProtocol.Routing;
using WorkshopBot.Cards;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Web.Bot;

public sealed partial class WorkshopActivityHandler
{
    // A started timer is announced in this conversation when it ends (TimerAnnouncer, any instance).
    private async Task WatchTimerAsync(string verb, Werkgroep updated, TurnContext turnContext, CancellationToken cancellationToken)
    {
        if (verb == CardVerbs.StartTimer && updated.Timer is { } timer)
        {
            await timers.WatchAsync(updated.Id, turnContext.Activity.Conversation!.Id!, timer.EndsAt, LanguageOf(turnContext), cancellationToken);
        }
    }
}
