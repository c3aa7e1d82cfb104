using WorkshopBot.BotProtocol.Authentication;
using WorkshopBot.BotProtocol.Routing;
using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.BotProtocol.Tests.Support;
using WorkshopBot.TestKit.Protocol;

namespace WorkshopBot.BotProtocol.Tests.Routing;

public sealed class TurnContextTests
{
    private readonly RecordingConnector connector = new();
    private readonly Activity inbound = Payloads.Load("message-channel-mention");

    [Fact]
    public async Task SendActivityAsync_Text_SendsToConversationFromBotToUserWithoutId()
    {
        var turn = new TurnContext(inbound, BotCallerIdentity.Anonymous, connector);

        var response = await turn.SendActivityAsync("Hallo werkgroep", CancellationToken.None);

        var call = Assert.Single(connector.Calls);
        Assert.Equal("send", call.Operation);
        Assert.Equal(inbound.ServiceUrl, call.ServiceUrl);
        Assert.Equal(inbound.Conversation!.Id, call.ConversationId);
        Assert.Null(call.Activity!.Id);
        Assert.Equal(Payloads.BotId, call.Activity.From!.Id);
        Assert.Equal(inbound.From!.Id, call.Activity.Recipient!.Id);
        Assert.Equal("msteams", call.Activity.ChannelId);
        Assert.Equal("Hallo werkgroep", call.Activity.Text);
        Assert.Equal("activity-1", response.Id);
    }

    [Fact]
    public async Task SendActivityAsync_ActivityWithId_IdIsDropped()
    {
        var turn = new TurnContext(inbound, BotCallerIdentity.Anonymous, connector);

        await turn.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Id = "forged", Text = "x" }, CancellationToken.None);

        Assert.Null(Assert.Single(connector.SentActivities).Id);
    }

    [Fact]
    public async Task ReplyToActivityAsync_Default_RepliesToInboundId()
    {
        var turn = new TurnContext(inbound, BotCallerIdentity.Anonymous, connector);

        await turn.ReplyToActivityAsync(Activity.CreateMessage("antwoord"), CancellationToken.None);

        var call = Assert.Single(connector.Calls);
        Assert.Equal("reply", call.Operation);
        Assert.Equal(inbound.Id, call.ActivityId);
        Assert.Equal(inbound.Id, call.Activity!.ReplyToId);
    }

    [Fact]
    public async Task SendActivitiesAsync_Several_SendsInOrderAndReturnsIds()
    {
        var turn = new TurnContext(inbound, BotCallerIdentity.Anonymous, connector);

        var responses = await turn.SendActivitiesAsync([Activity.CreateMessage("een"), Activity.CreateMessage("twee")], CancellationToken.None);

        Assert.Equal(["een", "twee"], connector.SentActivities.Select(a => a.Text));
        Assert.Equal(["activity-1", "activity-2"], responses.Select(r => r.Id));
    }

    [Fact]
    public async Task UpdateActivityAsync_TargetId_PutsWithThatId()
    {
        var turn = new TurnContext(inbound, BotCallerIdentity.Anonymous, connector);

        await turn.UpdateActivityAsync("1763889310000", Activity.CreateMessage("nieuw"), CancellationToken.None);

        var update = Assert.Single(connector.Updates);
        Assert.Equal("1763889310000", update.ActivityId);
        Assert.Equal("1763889310000", update.Activity!.Id);
        Assert.Equal(inbound.Conversation, update.Activity.Conversation);
    }

    [Fact]
    public async Task DeleteActivityAsync_Id_DeletesInConversation()
    {
        var turn = new TurnContext(inbound, BotCallerIdentity.Anonymous, connector);

        await turn.DeleteActivityAsync("1763889310000", CancellationToken.None);

        var delete = Assert.Single(connector.Deletes);
        Assert.Equal(inbound.Conversation!.Id, delete.ConversationId);
        Assert.Equal("1763889310000", delete.ActivityId);
    }

    [Fact]
    public void Constructor_ActivityWithoutConversation_Throws()
    {
        Assert.Throws<ArgumentException>(() => new TurnContext(inbound with { Conversation = null }, BotCallerIdentity.Anonymous, connector));
    }
}
