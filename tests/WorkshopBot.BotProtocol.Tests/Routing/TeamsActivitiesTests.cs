using WorkshopBot.BotProtocol.Authentication;
using WorkshopBot.BotProtocol.Routing;
using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.BotProtocol.Tests.Support;
using WorkshopBot.TestKit.Protocol;

namespace WorkshopBot.BotProtocol.Tests.Routing;

// The TestKit builders must route exactly like the captured payloads they imitate.
public sealed class TeamsActivitiesTests
{
    [Fact]
    public async Task Builders_RouteLikeCapturedPayloads()
    {
        var handler = new RecordingHandler();
        var connector = new RecordingConnector();
        Activity[] activities =
        [
            TeamsActivities.PersonalMessage("help"),
            TeamsActivities.ChannelMention("start"),
            TeamsActivities.CardAction("note.add"),
            TeamsActivities.CardSubmit(new System.Text.Json.Nodes.JsonObject { ["verb"] = "note.add" }),
            TeamsActivities.BotAddedToTeam(),
            TeamsActivities.InstallationUpdate(),
            TeamsActivities.MeetingStart("meeting-1"),
        ];

        foreach (var activity in activities)
        {
            await handler.OnTurnAsync(new TurnContext(activity, BotCallerIdentity.Anonymous, connector), CancellationToken.None);
        }

        Assert.Equal(
            ["message", "message", "adaptiveCardAction:note.add", "message", "conversationUpdate", "botAdded", "installationUpdate:add", "meetingStart"],
            handler.Calls);
        Assert.Equal("meeting-1", handler.LastMeeting!.MeetingId);
    }

    [Fact]
    public void ChannelMention_StripsToCommandText()
    {
        var activity = TeamsActivities.ChannelMention("start stap 1");

        Assert.Equal("start stap 1", activity.GetTextWithoutBotMention());
        Assert.True(activity.IsConversationType(ConversationTypes.Channel));
        Assert.EndsWith(";messageid=" + activity.Id, activity.Conversation!.Id, StringComparison.Ordinal);
    }
}
