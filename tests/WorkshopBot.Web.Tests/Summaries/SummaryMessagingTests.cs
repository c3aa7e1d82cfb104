using System.Text.Json.Nodes;
using WorkshopBot.BotProtocol.Connector;
using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.TestKit.Protocol;
using WorkshopBot.Web.Summaries;
using Xunit;

namespace WorkshopBot.Web.Tests.Summaries;

public sealed class SummaryMessagingTests
{
    private const string Channel = "19:grotegroep@thread.tacv2";
    private const string ModeratorObjectId = "3a1f0c52-8b7d-4e21-9f3a-1c2b3d4e5f01";
    private static readonly JsonObject Card = new() { ["type"] = "AdaptiveCard", ["version"] = "1.5", ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = "Vraag van Partner 2" }) };

    [Fact]
    public async Task SendPersonalAsync_EntraIdInRoster_StartsChatWithTeamsIdAndCard()
    {
        var fixture = new ReviewFixture();
        fixture.Recording.SetMembers(Channel, [new TeamsChannelAccount { Id = "29:other", AadObjectId = Guid.NewGuid().ToString() }, new TeamsChannelAccount { Id = "29:marieke", AadObjectId = ModeratorObjectId, Name = "Marieke de Vries" }]);

        await fixture.Messaging.SendPersonalAsync(Origin(), ModeratorObjectId, "Marieke de Vries", Card, CancellationToken.None);

        var created = Assert.Single(fixture.Recording.CreatedConversations);
        var member = Assert.Single(created.Parameters!.Members!);
        Assert.Equal("29:marieke", member.Id);
        Assert.Equal(ModeratorObjectId, member.AadObjectId);
        Assert.False(created.Parameters.IsGroup);
        Assert.Contains("Vraag van Partner 2", created.Activity!.Attachments![0].Content!.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(fixture.Recording.SentActivities);
    }

    [Fact]
    public async Task SendPersonalAsync_SecondUserOfSameRoster_RosterReadOnce()
    {
        var fixture = new ReviewFixture();
        var other = Guid.NewGuid().ToString();
        fixture.Recording.SetMembers(Channel, [new TeamsChannelAccount { Id = "29:other", AadObjectId = other }, new TeamsChannelAccount { Id = "29:marieke", AadObjectId = ModeratorObjectId }]);

        await fixture.Messaging.SendPersonalAsync(Origin(), ModeratorObjectId, "Marieke de Vries", Card, CancellationToken.None);
        fixture.Recording.SetMembers(Channel, []);
        await fixture.Messaging.SendPersonalAsync(Origin(), other, "Partner", Card, CancellationToken.None);

        Assert.Equal(["29:marieke", "29:other"], fixture.Recording.CreatedConversations.Select(c => c.Parameters!.Members!.Single().Id));
    }

    [Fact]
    public async Task SendPersonalAsync_EntraIdNotInRoster_StartsChatWithObjectId()
    {
        var fixture = new ReviewFixture();
        fixture.Recording.SetMembers(Channel, [new TeamsChannelAccount { Id = "29:other", AadObjectId = Guid.NewGuid().ToString() }]);

        await fixture.Messaging.SendPersonalAsync(Origin(), ModeratorObjectId, "Marieke de Vries", Card, CancellationToken.None);

        var member = Assert.Single(Assert.Single(fixture.Recording.CreatedConversations).Parameters!.Members!);
        Assert.Equal(ModeratorObjectId, member.Id);
    }

    [Fact]
    public async Task SendPersonalAsync_ConnectorDidNotPostTheCard_SendsItIntoTheNewChat()
    {
        var recording = new RecordingConnector();
        var fixture = new ReviewFixture(new WithoutInitialMessage(recording));

        await fixture.Messaging.SendPersonalAsync(Origin(), "29:marieke", "Marieke de Vries", Card, CancellationToken.None);

        var created = Assert.Single(recording.CreatedConversations);
        var sent = Assert.Single(recording.Calls, c => c.Operation == "send");
        Assert.Equal(created.ConversationId, sent.ConversationId);
        Assert.Equal(created.ConversationId, sent.Activity!.Conversation?.Id);
        Assert.Contains("Vraag van Partner 2", sent.Activity.Attachments![0].Content!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ThreadLink_ChannelThread_LinksToRootMessageOfTheThread()
    {
        var link = SummaryThreadLinks.For(new PostedCard($"{Channel};messageid=1795441829147", "1795441829150", ReviewFixture.ServiceUrl), "tenant-1");

        Assert.Equal("https://teams.microsoft.com/l/message/19%3Agrotegroep%40thread.tacv2/1795441829147?tenantId=tenant-1&parentMessageId=1795441829147", link);
    }

    [Fact]
    public void ThreadLink_NoCard_None()
    {
        Assert.Null(SummaryThreadLinks.For(null, "tenant-1"));
    }

    private static ConversationReference Origin() => new()
    {
        ServiceUrl = ReviewFixture.ServiceUrl,
        ChannelId = "msteams",
        Conversation = new ConversationAccount { Id = $"{Channel};messageid=1" },
        Bot = new ChannelAccount { Id = "28:bot" },
        TenantId = ReviewFixture.TenantId,
    };

    // A connector that starts the 1:1 chat but does not post the activity given with it, as the
    // Agents Playground does: no activityId in its answer.
    private sealed class WithoutInitialMessage(RecordingConnector inner) : IConnectorClient
    {
        public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
            inner.SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken);

        public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
            inner.ReplyToActivityAsync(serviceUrl, conversationId, replyToId, activity, cancellationToken);

        public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
            inner.UpdateActivityAsync(serviceUrl, conversationId, activityId, activity, cancellationToken);

        public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
            inner.DeleteActivityAsync(serviceUrl, conversationId, activityId, cancellationToken);

        public async Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
            (await inner.CreateConversationAsync(serviceUrl, parameters, cancellationToken)) with { ActivityId = null };

        public Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken) =>
            inner.GetPagedMembersAsync(serviceUrl, conversationId, pageSize, continuationToken, cancellationToken);

        public Task<TeamsChannelAccount> GetMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken) =>
            inner.GetMemberAsync(serviceUrl, conversationId, userId, cancellationToken);
    }
}
