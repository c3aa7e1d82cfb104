using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorkshopBot.BotProtocol.Authentication;
using WorkshopBot.BotProtocol.Routing;
using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.BotProtocol.Tests.Support;
using WorkshopBot.TestKit.Protocol;

namespace WorkshopBot.BotProtocol.Tests.Routing;

public sealed class ActivityHandlerTests
{
    private readonly RecordingConnector connector = new();

    [Theory]
    [InlineData("message-channel-mention", "message")]
    [InlineData("message-personal-submit", "message")]
    [InlineData("conversationupdate-bot-added", "conversationUpdate,botAdded")]
    [InlineData("installationupdate-add", "installationUpdate:add")]
    [InlineData("event-meeting-start", "meetingStart")]
    [InlineData("invoke-adaptivecard-action", "adaptiveCardAction:note.add")]
    [InlineData("unknown-type", "unrecognized:handoff")]
    public async Task OnTurnAsync_CapturedTeamsPayload_RoutesToMatchingMethod(string payload, string expected)
    {
        var handler = new RecordingHandler();

        await handler.OnTurnAsync(Turn(Payloads.Load(payload)), CancellationToken.None);

        Assert.Equal(expected.Split(','), handler.Calls);
    }

    [Fact]
    public async Task OnTurnAsync_NonInvoke_ReturnsNoInvokeResponse()
    {
        var handler = new RecordingHandler();

        var response = await handler.OnTurnAsync(Turn(Payloads.Load("message-channel-mention")), CancellationToken.None);

        Assert.Null(response);
    }

    [Fact]
    public async Task OnTurnAsync_AdaptiveCardAction_PassesTypedValueAndWrapsCardResponse()
    {
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5" };
        var handler = new RecordingHandler { OnCardAction = (_, _) => Task.FromResult<AdaptiveCardInvokeResponse?>(AdaptiveCardInvokeResponse.Card(card)) };

        var response = await handler.OnTurnAsync(Turn(Payloads.Load("invoke-adaptivecard-action")), CancellationToken.None);

        Assert.Equal("Action.Execute", handler.LastInvokeValue!.Action!.Type);
        Assert.Equal("note.add", handler.LastInvokeValue.Action.Verb);
        Assert.Equal("manual", handler.LastInvokeValue.Trigger);
        Assert.Equal("ws-42", handler.LastInvokeValue.Action.Data!.Value.GetProperty("workshopId").GetString());
        Assert.Equal(200, response!.Status);
        Assert.Equal(200, response.Body!["statusCode"]!.GetValue<int>());
        Assert.Equal(ContentTypes.AdaptiveCard, response.Body["type"]!.GetValue<string>());
        Assert.Equal("AdaptiveCard", response.Body["value"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task OnTurnAsync_AdaptiveCardActionNotHandled_Returns501()
    {
        var handler = new RecordingHandler();

        var response = await handler.OnTurnAsync(Turn(Payloads.Load("invoke-adaptivecard-action")), CancellationToken.None);

        Assert.Equal((int)HttpStatusCode.NotImplemented, response!.Status);
    }

    [Fact]
    public async Task OnTurnAsync_AdaptiveCardActionWithoutAction_Returns400WithoutCallingHandler()
    {
        var handler = new RecordingHandler();
        var activity = Payloads.Load("invoke-adaptivecard-action") with { Value = JsonDocument.Parse("""{"trigger":"manual"}""").RootElement };

        var response = await handler.OnTurnAsync(Turn(activity), CancellationToken.None);

        Assert.Equal(400, response!.Status);
        Assert.Equal(ContentTypes.Error, response.Body!["type"]!.GetValue<string>());
        Assert.Empty(handler.Calls);
    }

    [Theory]
    [InlineData("invoke-task-fetch")]
    [InlineData("invoke-adaptivecard-action")]
    public async Task OnTurnAsync_UnknownOrUnhandledInvoke_Returns501AsValue(string payload)
    {
        var handler = new RecordingHandler();
        var activity = payload == "invoke-adaptivecard-action"
            ? Payloads.Load(payload) with { Name = "composeExtension/query" }
            : Payloads.Load(payload);

        var response = await handler.OnTurnAsync(Turn(activity), CancellationToken.None);

        Assert.Equal(501, response!.Status);
        Assert.Null(response.Body);
    }

    [Fact]
    public async Task OnTurnAsync_MeetingStart_ReadsMeetingIdFromChannelDataAndTitleFromValue()
    {
        var handler = new RecordingHandler();

        await handler.OnTurnAsync(Turn(Payloads.Load("event-meeting-start")), CancellationToken.None);

        Assert.StartsWith("MCMxOTptZWV0aW5n", handler.LastMeeting!.MeetingId, StringComparison.Ordinal);
        Assert.Equal("Grote groep: partnerreview", handler.LastMeeting.Title);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 13, 0, 2, 986, TimeSpan.Zero), handler.LastMeeting.Time);
    }

    [Fact]
    public async Task OnTurnAsync_MeetingEnd_RoutesToMeetingEnd()
    {
        var handler = new RecordingHandler();
        var activity = Payloads.Load("event-meeting-start") with { Name = EventNames.MeetingEnd };

        await handler.OnTurnAsync(Turn(activity), CancellationToken.None);

        Assert.Equal(["meetingEnd"], handler.Calls);
    }

    [Fact]
    public async Task OnTurnAsync_OtherEvent_RoutesToOtherEvent()
    {
        var handler = new RecordingHandler();
        var activity = Payloads.Load("event-meeting-start") with { Name = "application/vnd.microsoft.readReceipt" };

        await handler.OnTurnAsync(Turn(activity), CancellationToken.None);

        Assert.Equal(["otherEvent:application/vnd.microsoft.readReceipt"], handler.Calls);
    }

    [Fact]
    public async Task OnTurnAsync_ConversationUpdateWithOtherMembers_ReportsOnlyTheOthers()
    {
        var handler = new RecordingHandler();
        var activity = Payloads.Load("conversationupdate-bot-added") with
        {
            MembersAdded = [ChannelAccount.Create(Payloads.BotId), ChannelAccount.Create("29:new-user")],
        };

        await handler.OnTurnAsync(Turn(activity), CancellationToken.None);

        Assert.Equal(["conversationUpdate", "botAdded", "membersAdded"], handler.Calls);
        Assert.Equal("29:new-user", Assert.Single(handler.LastMembersAdded!).Id);
    }

    [Fact]
    public async Task OnTurnAsync_TypeInOtherCasing_StillRoutes()
    {
        var handler = new RecordingHandler();
        var activity = Payloads.Load("message-personal-submit") with { Type = "Message" };

        await handler.OnTurnAsync(Turn(activity), CancellationToken.None);

        Assert.Equal(["message"], handler.Calls);
    }

    [Fact]
    public async Task OnTurnAsync_MessageReaction_RoutesToReaction()
    {
        var handler = new RecordingHandler();
        var activity = Payloads.Load("message-personal-submit") with
        {
            Type = ActivityTypes.MessageReaction,
            ReactionsAdded = [new MessageReaction("like")],
        };

        await handler.OnTurnAsync(Turn(activity), CancellationToken.None);

        Assert.Equal(["messageReaction"], handler.Calls);
    }

    [Fact]
    public async Task OnTurnAsync_TaskFetchOverridden_ReturnsItsResponse()
    {
        var handler = new TaskModuleHandler();

        var response = await handler.OnTurnAsync(Turn(Payloads.Load("invoke-task-fetch")), CancellationToken.None);

        Assert.Equal(200, response!.Status);
        Assert.Equal("continue", response.Body!["task"]!["type"]!.GetValue<string>());
        Assert.Equal("board.open", response.Body["task"]!["value"]!["verb"]!.GetValue<string>());
    }

    [Fact]
    public async Task OnTurnAsync_TaskSubmitNotOverridden_Returns501()
    {
        var handler = new TaskModuleHandler();
        var activity = Payloads.Load("invoke-task-fetch") with { Name = InvokeNames.TaskSubmit };

        var response = await handler.OnTurnAsync(Turn(activity), CancellationToken.None);

        Assert.Equal(501, response!.Status);
    }

    private TurnContext Turn(Activity activity) => new(activity, BotCallerIdentity.Anonymous, connector);

    private sealed class TaskModuleHandler : ActivityHandler
    {
        protected override Task<InvokeResponse> OnTaskFetchAsync(TurnContext turnContext, CancellationToken cancellationToken)
        {
            var verb = turnContext.Activity.Value!.Value.GetProperty("data").GetProperty("verb").GetString();
            return Task.FromResult(InvokeResponse.Ok(new JsonObject
            {
                ["task"] = new JsonObject { ["type"] = "continue", ["value"] = new JsonObject { ["verb"] = verb } },
            }));
        }
    }
}
