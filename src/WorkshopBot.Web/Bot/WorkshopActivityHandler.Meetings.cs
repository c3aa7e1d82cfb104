using WorkshopBot.BotProtocol.Routing;
using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.Cards;
using WorkshopBot.Domain.Services;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.Web.Hosting;
using WorkshopBot.Web.Workshop;

namespace WorkshopBot.Web.Bot;

// Teams meeting events: at the start the werkgroep's current step card appears in the meeting chat (in
// step 6 followed by the monitoring overview), at the end a recap of what happened since the start.
public sealed partial class WorkshopActivityHandler
{
    // Meetings in these workshops last a few hours at most; when the start event reached another
    // instance (or none arrived), the recap covers this window before the end.
    public static readonly TimeSpan RecapFallbackWindow = TimeSpan.FromHours(8);

    // Conversation ids come from whoever sends the event: bounded, and a start older than the fallback
    // window is no better than the window itself.
    private readonly BoundedCache<string, DateTimeOffset> meetingStarts = new(10_000, RecapFallbackWindow * 3);

    protected override async Task OnMeetingStartAsync(MeetingEvent meeting, TurnContext turnContext, CancellationToken cancellationToken)
    {
        var started = meeting.Time ?? turnContext.Activity.Timestamp;
        if (started is { } at)
        {
            meetingStarts.Set(turnContext.Activity.Conversation!.Id!, at);
        }

        var found = await werkgroepen.FindAsync(Target(turnContext), CallerOf(turnContext), null, cancellationToken);
        if (found.IsSuccess)
        {
            var werkgroep = found.Value;
            await SendCardAsync(turnContext, StepCardFor(werkgroep, werkgroep.StepToShow(), viewerId: null, LanguageOf(turnContext)), cancellationToken);
            if (werkgroep.StepToShow() == CompassSteps.Last)
            {
                await SendReflectionOverviewAsync(werkgroep.Id, turnContext, cancellationToken);
            }
        }
    }

    // A meeting of a werkgroep in step 6 is a reflection meeting (verbetercyclus): the monitoring overview
    // follows the step card, so the werkgroep starts from what is in and what is missing. The meeting chat
    // is shared, so it is the overview without the project leader's controls.
    private async Task SendReflectionOverviewAsync(string werkgroepId, TurnContext turnContext, CancellationToken cancellationToken)
    {
        var loaded = await monitoring.LoadAsync(werkgroepId, Context(turnContext), cancellationToken);
        if (loaded.IsSuccess)
        {
            var (werkgroep, state, now) = (loaded.Value.Werkgroep, loaded.Value.Monitoring, loaded.Value.At);
            await SendCardAsync(turnContext, MonitoringOverviewCard.Build(await OverviewAsync(werkgroep, state, viewerId: "", now, cancellationToken), LanguageOf(turnContext)), cancellationToken);
        }
    }

    protected override async Task OnMeetingEndAsync(MeetingEvent meeting, TurnContext turnContext, CancellationToken cancellationToken)
    {
        var found = await werkgroepen.FindAsync(Target(turnContext), CallerOf(turnContext), null, cancellationToken);
        if (!found.IsSuccess)
        {
            return;
        }

        var werkgroep = found.Value;
        var ended = meeting.Time ?? turnContext.Activity.Timestamp ?? werkgroep.UpdatedAt;
        var since = meetingStarts.TryRemove(turnContext.Activity.Conversation!.Id!, out var start) ? start : ended - RecapFallbackWindow;
        var view = MeetingRecapViews.Recap(werkgroep, since, links.Board(werkgroep.Id));
        await SendCardAsync(turnContext, MeetingRecapCard.Build(view, LanguageOf(turnContext)), cancellationToken);
    }
}
