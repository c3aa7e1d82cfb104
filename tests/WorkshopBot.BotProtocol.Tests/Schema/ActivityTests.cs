using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.BotProtocol.Tests.Support;

namespace WorkshopBot.BotProtocol.Tests.Schema;

public sealed class ActivityTests
{
    [Fact]
    public void GetTextWithoutBotMention_ChannelMessage_RemovesOnlyTheBotMention()
    {
        var activity = Payloads.Load("message-channel-mention");

        var text = activity.GetTextWithoutBotMention();

        Assert.Equal("start stap 2 voor <at>Anne de Vries</at>", text);
    }

    [Fact]
    public void GetTextWithoutBotMention_MentionEntityForSomeoneElse_LeavesTextAlone()
    {
        var activity = Payloads.Load("message-channel-mention") with { Recipient = ChannelAccount.Create("28:other-bot") };

        var text = activity.GetTextWithoutBotMention();

        Assert.Equal("<at>Workshop Bot</at> start stap 2 voor <at>Anne de Vries</at>", text);
    }

    [Fact]
    public void GetTextWithoutBotMention_NullEntityBesideTheMention_SkipsItAndRemovesTheMention()
    {
        var activity = Payloads.Load("message-channel-mention");
        activity = activity with { Entities = [null!, .. activity.Entities!] };

        var text = activity.GetTextWithoutBotMention();

        Assert.Equal("start stap 2 voor <at>Anne de Vries</at>", text);
    }

    [Fact]
    public void GetTextWithoutBotMention_PersonalMessageWithoutMention_TrimsOnly()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Text = "  help\u00a0me  ", Recipient = ChannelAccount.Create(Payloads.BotId) };

        Assert.Equal("help me", activity.GetTextWithoutBotMention());
    }

    [Fact]
    public void CreateReply_InboundMessage_SwapsAccountsCopiesConversationAndHasNoId()
    {
        var inbound = Payloads.Load("message-channel-mention");

        var reply = inbound.CreateReply("Stap 2 is gestart.");

        Assert.Null(reply.Id);
        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal("Stap 2 is gestart.", reply.Text);
        Assert.Equal(inbound.Recipient, reply.From);
        Assert.Equal(inbound.From, reply.Recipient);
        Assert.Equal(inbound.Conversation, reply.Conversation);
        Assert.Equal("msteams", reply.ChannelId);
        Assert.Equal(inbound.ServiceUrl, reply.ServiceUrl);
        Assert.Equal(inbound.Id, reply.ReplyToId);
    }

    [Fact]
    public void GetConversationReference_ChannelMessage_CapturesTeamChannelAndTenant()
    {
        var inbound = Payloads.Load("message-channel-mention");

        var reference = inbound.GetConversationReference();

        Assert.Equal("https://smba.trafficmanager.net/emea/", reference.ServiceUrl);
        Assert.Equal("msteams", reference.ChannelId);
        Assert.Equal("19:abcdef0123456789@thread.tacv2;messageid=1763889302123", reference.Conversation.Id);
        Assert.Equal(Payloads.BotId, reference.Bot.Id);
        Assert.Equal("29:1a2b3c4d5e6f-user-anne-moderator", reference.User!.Id);
        Assert.Equal(Payloads.TenantId, reference.TenantId);
        Assert.Equal("19:team0123456789@thread.tacv2", reference.TeamId);
        Assert.Equal("19:abcdef0123456789@thread.tacv2", reference.TeamsChannelId);
        Assert.Equal("nl-NL", reference.Locale);
    }

    [Fact]
    public void GetConversationReference_MeetingEvent_CapturesMeetingId()
    {
        var reference = Payloads.Load("event-meeting-start").GetConversationReference();

        Assert.StartsWith("MCMxOTptZWV0aW5n", reference.MeetingId, StringComparison.Ordinal);
    }

    // Data minimisation (issue 13): a channel or group chat is messaged without a recipient, so what is
    // stored of its reference names nobody; the sender of the last activity is not kept.
    [Theory]
    [InlineData("message-channel-mention")]
    [InlineData("invoke-adaptivecard-action")]
    public void ForStorage_GroupConversation_KeepsNoSender(string payload)
    {
        var reference = Payloads.Load(payload).GetConversationReference();

        var stored = reference.ForStorage();

        Assert.Null(stored.User);
        var json = System.Text.Json.JsonSerializer.Serialize(stored, BotJson.Context.ConversationReference);
        Assert.DoesNotContain("29:1a2b3c4d5e6f-user-anne", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Anne de Vries", json, StringComparison.Ordinal);
        Assert.DoesNotContain("0f0e0d0c-0b0a-0909-0807-060504030201", json, StringComparison.Ordinal);
        Assert.Equal((reference.Conversation, reference.ServiceUrl, reference.TenantId), (stored.Conversation, stored.ServiceUrl, stored.TenantId));
    }

    // A 1:1 chat needs its user as the recipient of a proactive message: the ids stay, the name goes.
    [Fact]
    public void ForStorage_PersonalChat_KeepsTheUsersIdsButNotTheName()
    {
        var reference = Payloads.Load("message-personal-submit").GetConversationReference();

        var stored = reference.ForStorage();

        Assert.Equal(("29:1a2b3c4d5e6f-user-anne", "0f0e0d0c-0b0a-0909-0807-060504030201", null), (stored.User!.Id, stored.User.AadObjectId, stored.User.Name));
        Assert.Equal("29:1a2b3c4d5e6f-user-anne", stored.ApplyTo(new Activity { Text = "Herinnering" }).Recipient!.Id);
    }

    [Fact]
    public void ApplyTo_OutgoingActivity_GetsReferenceFieldsAndLosesId()
    {
        var reference = Payloads.Load("installationupdate-add").GetConversationReference();

        var outgoing = reference.ApplyTo(new Activity { Id = "should-go", Text = "Hallo" });

        Assert.Null(outgoing.Id);
        Assert.Equal(ActivityTypes.Message, outgoing.Type);
        Assert.Equal(reference.Conversation, outgoing.Conversation);
        Assert.Equal(reference.Bot, outgoing.From);
        Assert.Equal(reference.User, outgoing.Recipient);
        Assert.Equal(reference.ServiceUrl, outgoing.ServiceUrl);
        Assert.Equal("nl-NL", outgoing.Locale);
    }

    [Fact]
    public void IsBotAdded_BotInMembersAdded_True()
    {
        Assert.True(Payloads.Load("conversationupdate-bot-added").IsBotAdded());
    }

    [Fact]
    public void IsBotAdded_OnlyOtherMembers_False()
    {
        var activity = Payloads.Load("conversationupdate-bot-added") with { MembersAdded = [ChannelAccount.Create("29:someone")] };

        Assert.False(activity.IsBotAdded());
    }

    [Theory]
    [InlineData("channel")]
    [InlineData("Channel")]
    [InlineData("CHANNEL")]
    public void IsConversationType_AnyCasing_Matches(string conversationType)
    {
        var activity = Payloads.Load("message-channel-mention") with
        {
            Conversation = new ConversationAccount { Id = "19:x", ConversationType = conversationType },
        };

        Assert.True(activity.IsConversationType(ConversationTypes.Channel));
        Assert.False(activity.IsConversationType(ConversationTypes.Personal));
    }
}
