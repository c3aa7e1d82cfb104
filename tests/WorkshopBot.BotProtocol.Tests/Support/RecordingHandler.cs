using WorkshopBot.BotProtocol.Routing;
using WorkshopBot.BotProtocol.Schema;

namespace WorkshopBot.BotProtocol.Tests.Support;

// Records which virtual method the dispatcher picked, and with what.
internal sealed class RecordingHandler : ActivityHandler
{
    private readonly List<string> calls = [];

    public IReadOnlyList<string> Calls => calls;

    public AdaptiveCardInvokeValue? LastInvokeValue { get; private set; }

    public MeetingEvent? LastMeeting { get; private set; }

    public IReadOnlyList<ChannelAccount>? LastMembersAdded { get; private set; }

    public Func<AdaptiveCardInvokeValue, TurnContext, Task<AdaptiveCardInvokeResponse?>>? OnCardAction { get; init; }

    public Func<TurnContext, Task>? OnMessage { get; init; }

    protected override async Task OnMessageAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        calls.Add("message");
        if (OnMessage is not null)
        {
            await OnMessage(turnContext);
        }
    }

    protected override async Task OnConversationUpdateAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        calls.Add("conversationUpdate");
        await base.OnConversationUpdateAsync(turnContext, cancellationToken);
    }

    protected override Task OnBotAddedAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        calls.Add("botAdded");
        return Task.CompletedTask;
    }

    protected override Task OnBotRemovedAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        calls.Add("botRemoved");
        return Task.CompletedTask;
    }

    protected override Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, TurnContext turnContext, CancellationToken cancellationToken)
    {
        calls.Add("membersAdded");
        LastMembersAdded = membersAdded;
        return Task.CompletedTask;
    }

    protected override Task OnInstallationUpdateAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        calls.Add("installationUpdate:" + turnContext.Activity.Action);
        return Task.CompletedTask;
    }

    protected override Task OnMessageReactionAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        calls.Add("messageReaction");
        return Task.CompletedTask;
    }

    protected override Task OnMeetingStartAsync(MeetingEvent meeting, TurnContext turnContext, CancellationToken cancellationToken)
    {
        calls.Add("meetingStart");
        LastMeeting = meeting;
        return Task.CompletedTask;
    }

    protected override Task OnMeetingEndAsync(MeetingEvent meeting, TurnContext turnContext, CancellationToken cancellationToken)
    {
        calls.Add("meetingEnd");
        LastMeeting = meeting;
        return Task.CompletedTask;
    }

    protected override Task OnOtherEventAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        calls.Add("otherEvent:" + turnContext.Activity.Name);
        return Task.CompletedTask;
    }

    protected override Task OnUnrecognizedActivityAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        calls.Add("unrecognized:" + turnContext.Activity.Type);
        return Task.CompletedTask;
    }

    protected override Task<AdaptiveCardInvokeResponse?> OnAdaptiveCardActionAsync(AdaptiveCardInvokeValue invokeValue, TurnContext turnContext, CancellationToken cancellationToken)
    {
        calls.Add("adaptiveCardAction:" + invokeValue.Action?.Verb);
        LastInvokeValue = invokeValue;
        return OnCardAction is null ? Task.FromResult<AdaptiveCardInvokeResponse?>(null) : OnCardAction(invokeValue, turnContext);
    }
}
