using WorkshopBot.BotProtocol.Routing;
using WorkshopBot.Cards;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Web.Bot;

public sealed partial class WorkshopActivityHandler
{
    // A started timer is announced in this conversation when it ends (TimerAnnouncer).
    private void WatchTimer(string verb, Werkgroep updated, TurnContext turnContext)
    {
        if (verb == CardVerbs.StartTimer && updated.Timer is { } timer)
        {
            timers.Watch(updated.Id, turnContext.Activity.Conversation!.Id!, timer.EndsAt, Language(turnContext));
        }
    }
}
