using System.Text.Json;
using WorkshopBot.BotProtocol.Schema;

namespace WorkshopBot.BotProtocol.Routing;

// Routes a turn on activity type, then on invoke name, as botbuilder's ActivityHandler
// (https://github.com/microsoft/botbuilder-dotnet/blob/main/libraries/Microsoft.Bot.Builder/ActivityHandler.cs)
// but with one switch per level. Override what the bot needs; everything else is ignored, and
// an unhandled invoke answers 501 as a value (no exceptions for flow).
public abstract class ActivityHandler
{
    // Returns the invoke response for invoke activities and null for everything else.
    public virtual Task<InvokeResponse?> OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return ActivityTypes.Canonical(turnContext.Activity.Type) switch
        {
            ActivityTypes.Message => NoResponse(OnMessageAsync(turnContext, cancellationToken)),
            ActivityTypes.ConversationUpdate => NoResponse(OnConversationUpdateAsync(turnContext, cancellationToken)),
            ActivityTypes.InstallationUpdate => NoResponse(OnInstallationUpdateAsync(turnContext, cancellationToken)),
            ActivityTypes.MessageReaction => NoResponse(OnMessageReactionAsync(turnContext, cancellationToken)),
            ActivityTypes.Event => NoResponse(OnEventAsync(turnContext, cancellationToken)),
            ActivityTypes.Invoke => WithResponse(OnInvokeAsync(turnContext, cancellationToken)),
            _ => NoResponse(OnUnrecognizedActivityAsync(turnContext, cancellationToken)),
        };
    }

    // A turn that threw or ran out of its budget (BotFrameworkOptions.TurnBudget), like botbuilder's
    // adapter.OnTurnError. Return what the user should get instead: for an invoke its response; for any other
    // activity a non-null value only says the failure was handled (the bot told the user itself) and the
    // HTTP answer is 200. Null (the default) leaves the failure unhandled: the request answers 500.
    public virtual Task<InvokeResponse?> OnTurnErrorAsync(TurnContext turnContext, Exception exception, CancellationToken cancellationToken) =>
        Task.FromResult<InvokeResponse?>(null);

    // Renders the answer to a redelivered invoke from the ReplayKey its first delivery set; null when it
    // cannot (the duplicate is then acknowledged without a card).
    public virtual Task<InvokeResponse?> ReplayAsync(string replayKey, TurnContext turnContext, CancellationToken cancellationToken) =>
        Task.FromResult<InvokeResponse?>(null);

    // True when running the activity again changes nothing because its effect is keyed by the activity id
    // (a redelivery finds its own result and answers from it), so the adapter takes no duplicate claim for
    // it: two storage round trips less per turn. Everything else is claimed (BotAdapter).
    public virtual bool IsIdempotent(Activity activity) => false;

    // The verb of an Action.Execute invoke, or null for any other activity.
    protected static string? AdaptiveCardVerbOf(Activity activity) =>
        ActivityTypes.Canonical(activity.Type) == ActivityTypes.Invoke && activity.Name == InvokeNames.AdaptiveCardAction
            ? ReadInvokeValue(activity.Value)?.Action?.Verb
            : null;

    protected virtual Task OnMessageAsync(TurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual async Task OnConversationUpdateAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.IsBotAdded())
        {
            await OnBotAddedAsync(turnContext, cancellationToken);
        }

        var othersAdded = OthersThanBot(activity, activity.MembersAdded);
        if (othersAdded.Count > 0)
        {
            await OnMembersAddedAsync(othersAdded, turnContext, cancellationToken);
        }

        var othersRemoved = OthersThanBot(activity, activity.MembersRemoved);
        if (othersRemoved.Count > 0)
        {
            await OnMembersRemovedAsync(othersRemoved, turnContext, cancellationToken);
        }

        if (activity.IsBotRemoved())
        {
            await OnBotRemovedAsync(turnContext, cancellationToken);
        }
    }

    protected virtual Task OnBotAddedAsync(TurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnBotRemovedAsync(TurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, TurnContext turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    protected virtual Task OnMembersRemovedAsync(IReadOnlyList<ChannelAccount> membersRemoved, TurnContext turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    // action is "add", "remove" or their "-upgrade" variants (InstallationActions).
    protected virtual Task OnInstallationUpdateAsync(TurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnMessageReactionAsync(TurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnEventAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var meetingId = activity.MeetingId;
        return activity.Name switch
        {
            EventNames.MeetingStart when meetingId is not null =>
                OnMeetingStartAsync(ReadMeeting(meetingId, activity.Value, "StartTime"), turnContext, cancellationToken),
            EventNames.MeetingEnd when meetingId is not null =>
                OnMeetingEndAsync(ReadMeeting(meetingId, activity.Value, "EndTime"), turnContext, cancellationToken),
            _ => OnOtherEventAsync(turnContext, cancellationToken),
        };
    }

    protected virtual Task OnMeetingStartAsync(MeetingEvent meeting, TurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnMeetingEndAsync(MeetingEvent meeting, TurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnOtherEventAsync(TurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnUnrecognizedActivityAsync(TurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual async Task<InvokeResponse> OnInvokeAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        return activity.Name switch
        {
            InvokeNames.AdaptiveCardAction => await AdaptiveCardActionAsync(turnContext, cancellationToken),
            InvokeNames.TaskFetch => await OnTaskFetchAsync(turnContext, cancellationToken),
            InvokeNames.TaskSubmit => await OnTaskSubmitAsync(turnContext, cancellationToken),
            _ => InvokeResponse.NotImplemented(),
        };
    }

    // Action.Execute. Return null when the verb is not handled (answers 501).
    protected virtual Task<AdaptiveCardInvokeResponse?> OnAdaptiveCardActionAsync(
        AdaptiveCardInvokeValue invokeValue,
        TurnContext turnContext,
        CancellationToken cancellationToken) => Task.FromResult<AdaptiveCardInvokeResponse?>(null);

    // Task modules: the body is a TaskModuleResponse ({task:{type,value}}), built by the bot.
    protected virtual Task<InvokeResponse> OnTaskFetchAsync(TurnContext turnContext, CancellationToken cancellationToken) =>
        Task.FromResult(InvokeResponse.NotImplemented());

    protected virtual Task<InvokeResponse> OnTaskSubmitAsync(TurnContext turnContext, CancellationToken cancellationToken) =>
        Task.FromResult(InvokeResponse.NotImplemented());

    private async Task<InvokeResponse> AdaptiveCardActionAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        var invokeValue = ReadInvokeValue(turnContext.Activity.Value);
        if (invokeValue?.Action is null
            || !string.Equals(invokeValue.Action.Type, "Action.Execute", StringComparison.OrdinalIgnoreCase))
        {
            return InvokeResponse.BadRequest("BadRequest", "Missing or malformed Action.Execute value.");
        }

        var response = await OnAdaptiveCardActionAsync(invokeValue, turnContext, cancellationToken);
        return response is null ? InvokeResponse.NotImplemented() : InvokeResponse.FromAdaptiveCard(response);
    }

    private static AdaptiveCardInvokeValue? ReadInvokeValue(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } element)
        {
            return null;
        }

        try
        {
            return element.Deserialize(BotJson.Context.AdaptiveCardInvokeValue);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static MeetingEvent ReadMeeting(string meetingId, JsonElement? value, string timeProperty)
    {
        string? title = null;
        DateTimeOffset? time = null;
        if (value is { ValueKind: JsonValueKind.Object } element)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (UntrustedJson.HasName(property, "title"))
                {
                    title = UntrustedJson.StringOf(property.Value);
                }
                else if (UntrustedJson.HasName(property, timeProperty)
                    && property.Value.ValueKind == JsonValueKind.String
                    && property.Value.TryGetDateTimeOffset(out var parsed))
                {
                    time = parsed;
                }
            }
        }

        return new MeetingEvent(meetingId, title, time);
    }

    private static async Task<InvokeResponse?> NoResponse(Task handler)
    {
        await handler;
        return null;
    }

    private static async Task<InvokeResponse?> WithResponse(Task<InvokeResponse> handler) => await handler;

    private static List<ChannelAccount> OthersThanBot(Activity activity, IReadOnlyList<ChannelAccount>? members) =>
        members?.Where(m => !string.Equals(m.Id, activity.Recipient?.Id, StringComparison.OrdinalIgnoreCase)).ToList() ?? [];
}
