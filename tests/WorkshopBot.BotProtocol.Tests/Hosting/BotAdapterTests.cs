using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WorkshopBot.BotProtocol.Authentication;
using WorkshopBot.BotProtocol.Connector;
using WorkshopBot.BotProtocol.Hosting;
using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.BotProtocol.Tests.Support;
using WorkshopBot.TestKit.Protocol;

namespace WorkshopBot.BotProtocol.Tests.Hosting;

public sealed class BotAdapterTests
{
    private static readonly BotCallerIdentity Channel = new(BotCallerKind.BotFrameworkChannel, "app");

    private readonly RecordingConnector connector = new();
    private readonly TrustedServiceUrls trusted = new();
    private readonly InMemoryConversationReferenceStore references = new();
    private readonly InMemoryActivityDeduplicator deduplicator = new();

    [Fact]
    public async Task ProcessActivityAsync_Message_SavesReferenceAndTrustsServiceUrl()
    {
        var result = await Adapter(Channel).ProcessActivityAsync("Bearer x", Payloads.Load("message-channel-mention"), new RecordingHandler(), CancellationToken.None);

        Assert.Equal(200, result.StatusCode);
        var saved = Assert.Single(references.All);
        Assert.Equal("19:abcdef0123456789@thread.tacv2;messageid=1763889302123", saved.Conversation.Id);
        Assert.True(trusted.IsTrusted("https://smba.trafficmanager.net/emea/"));
    }

    [Fact]
    public async Task ProcessActivityAsync_NoConversation_Is400WithoutSideEffectsNotAnException()
    {
        var handler = new RecordingHandler();

        var result = await Adapter(Channel).ProcessActivityAsync("Bearer x", Payloads.Load("message-channel-mention") with { Conversation = null }, handler, CancellationToken.None);

        Assert.Equal(400, result.StatusCode);
        Assert.Equal("activity has no conversation", result.Body?["error"]?["message"]?.GetValue<string>());
        Assert.Empty(handler.Calls);
        Assert.Empty(references.All);
    }

    [Fact]
    public async Task ProcessActivityAsync_ConnectorRefusesTheAnswerToAMessage_Acknowledges200AndCompletesTheClaim()
    {
        connector.FailNextWith(new ConnectorException("send", HttpStatusCode.BadRequest, null, "Bot Connector send failed with HTTP 400."));
        var handler = new RecordingHandler { OnMessage = turn => turn.SendActivityAsync("Antwoord", CancellationToken.None) };
        var message = Payloads.Load("message-personal-submit");

        var result = await Adapter(Channel).ProcessActivityAsync("Bearer x", message, handler, CancellationToken.None);
        var redelivery = await Adapter(Channel).ProcessActivityAsync("Bearer x", message, handler, CancellationToken.None);

        Assert.Equal(200, result.StatusCode);
        Assert.Equal(200, redelivery.StatusCode);
        Assert.Equal(["message"], handler.Calls);
    }

    [Fact]
    public async Task ProcessActivityAsync_AnonymousCaller_ServiceUrlNotTrusted()
    {
        await Adapter(BotCallerIdentity.Anonymous).ProcessActivityAsync(null, Payloads.Load("message-channel-mention"), new RecordingHandler(), CancellationToken.None);

        Assert.False(trusted.IsTrusted("https://smba.trafficmanager.net/emea/"));
    }

    [Fact]
    public async Task ProcessActivityAsync_Unauthenticated_401WithoutSideEffects()
    {
        var handler = new RecordingHandler();

        var result = await Adapter(null).ProcessActivityAsync("Bearer bad", Payloads.Load("message-channel-mention"), handler, CancellationToken.None);

        Assert.Equal(401, result.StatusCode);
        Assert.Empty(handler.Calls);
        Assert.Empty(references.All);
        Assert.Equal(0, deduplicator.ClaimCount);
    }

    [Fact]
    public async Task ProcessActivityAsync_BotAddedToTeam_SavesReference()
    {
        await Adapter(Channel).ProcessActivityAsync("Bearer x", Payloads.Load("conversationupdate-bot-added"), new RecordingHandler(), CancellationToken.None);

        Assert.Equal("19:team0123456789@thread.tacv2", Assert.Single(references.All).TeamId);
    }

    [Fact]
    public async Task ProcessActivityAsync_InstallationRemove_RemovesReference()
    {
        var adapter = Adapter(Channel);
        var install = Payloads.Load("installationupdate-add");
        await adapter.ProcessActivityAsync("Bearer x", install, new RecordingHandler(), CancellationToken.None);

        await adapter.ProcessActivityAsync("Bearer x", install with { Action = InstallationActions.Remove }, new RecordingHandler(), CancellationToken.None);

        Assert.Empty(references.All);
    }

    [Fact]
    public async Task ProcessActivityAsync_BotRemovedFromTeam_RemovesReference()
    {
        var adapter = Adapter(Channel);
        var added = Payloads.Load("conversationupdate-bot-added");
        await adapter.ProcessActivityAsync("Bearer x", added, new RecordingHandler(), CancellationToken.None);

        await adapter.ProcessActivityAsync("Bearer x", added with { MembersAdded = null, MembersRemoved = added.MembersAdded }, new RecordingHandler(), CancellationToken.None);

        Assert.Empty(references.All);
    }

    [Fact]
    public async Task ProcessActivityAsync_NoHandler_InvokeIs501AndMessageIs200()
    {
        var adapter = Adapter(Channel);

        var invoke = await adapter.ProcessActivityAsync("Bearer x", Payloads.Load("invoke-adaptivecard-action"), null, CancellationToken.None);
        var message = await adapter.ProcessActivityAsync("Bearer x", Payloads.Load("message-personal-submit"), null, CancellationToken.None);

        Assert.Equal(501, invoke.StatusCode);
        Assert.Equal(200, message.StatusCode);
    }

    [Fact]
    public async Task ProcessActivityAsync_RedeliveredInvoke_ReplaysStoredResponseWithoutRunningHandler()
    {
        var calls = 0;
        var handler = new RecordingHandler
        {
            OnCardAction = (_, _) => Task.FromResult<AdaptiveCardInvokeResponse?>(AdaptiveCardInvokeResponse.Message($"call {++calls}")),
        };
        var adapter = Adapter(Channel);
        var invoke = Payloads.Load("invoke-adaptivecard-action");

        var first = await adapter.ProcessActivityAsync("Bearer x", invoke, handler, CancellationToken.None);
        var second = await adapter.ProcessActivityAsync("Bearer x", invoke, handler, CancellationToken.None);

        Assert.Equal(1, calls);
        Assert.Equal("call 1", second.Body!["value"]!.GetValue<string>());
        Assert.Equal(first.Body!.ToJsonString(), second.Body.ToJsonString());
    }

    [Fact]
    public async Task ProcessActivityAsync_InvokeRedeliveredWhileFirstIsRunning_AcknowledgedWithoutRunningHandler()
    {
        var handler = new RecordingHandler();
        var invoke = Payloads.Load("invoke-adaptivecard-action");
        await deduplicator.TryClaimAsync(invoke.Conversation!.Id!, invoke.Id!, CancellationToken.None);

        var result = await Adapter(Channel).ProcessActivityAsync("Bearer x", invoke, handler, CancellationToken.None);

        Assert.Empty(handler.Calls);
        Assert.Equal(200, result.StatusCode);
        Assert.Equal(ContentTypes.ActivityMessage, result.Body!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task ProcessActivityAsync_SameIdInAnotherConversation_IsNotADuplicate()
    {
        var handler = new RecordingHandler();
        var adapter = Adapter(Channel);
        var message = Payloads.Load("message-personal-submit");

        await adapter.ProcessActivityAsync("Bearer x", message, handler, CancellationToken.None);
        await adapter.ProcessActivityAsync("Bearer x", message with { Conversation = message.Conversation! with { Id = "a:other" } }, handler, CancellationToken.None);

        Assert.Equal(["message", "message"], handler.Calls);
    }

    [Fact]
    public async Task ProcessActivityAsync_HandlerThrows_ReleasesClaimAndRethrows()
    {
        var handler = new RecordingHandler { OnMessage = _ => throw new InvalidOperationException("boom") };

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Adapter(Channel).ProcessActivityAsync("Bearer x", Payloads.Load("message-personal-submit"), handler, CancellationToken.None));

        Assert.Equal(0, deduplicator.ClaimCount);
    }

    [Fact]
    public async Task ProcessActivityAsync_ConversationUpdate_NotDeduplicated()
    {
        var handler = new RecordingHandler();
        var adapter = Adapter(Channel);
        var update = Payloads.Load("conversationupdate-bot-added");

        await adapter.ProcessActivityAsync("Bearer x", update, handler, CancellationToken.None);

        Assert.Equal(0, deduplicator.ClaimCount);
    }

    [Fact]
    public async Task ContinueConversationAsync_StoredReference_SendsToThatConversationAndTrustsUrl()
    {
        var reference = Payloads.Load("installationupdate-add").GetConversationReference();

        await Adapter(Channel).ContinueConversationAsync(
            reference,
            (turn, ct) => turn.SendActivityAsync("Samenvatting klaar", ct),
            CancellationToken.None);

        var call = Assert.Single(connector.Calls);
        Assert.Equal("send", call.Operation);
        Assert.Equal("a:1FzXyPersonalChatIdWithModerator", call.ConversationId);
        Assert.Equal(reference.Bot.Id, call.Activity!.From!.Id);
        Assert.Equal(reference.User!.Id, call.Activity.Recipient!.Id);
        Assert.True(trusted.IsTrusted(reference.ServiceUrl));
    }

    [Fact]
    public async Task ContinueConversationAsync_Connector403_DropsReferenceAndRethrows()
    {
        var reference = Payloads.Load("installationupdate-add").GetConversationReference();
        await references.SaveAsync(reference, CancellationToken.None);
        connector.FailNextWith(new ConnectorException("send", HttpStatusCode.Forbidden, "MessageWritesBlocked", "blocked", conversationId: reference.Conversation.Id));

        await Assert.ThrowsAsync<ConnectorException>(() => Adapter(Channel).ContinueConversationAsync(
            reference,
            (turn, ct) => turn.SendActivityAsync("hallo", ct),
            CancellationToken.None));

        Assert.Null(await references.GetAsync(reference.Conversation.Id!, CancellationToken.None));
    }

    [Fact]
    public async Task ContinueConversationAsync_403ForAnotherConversation_KeepsReference()
    {
        var reference = Payloads.Load("installationupdate-add").GetConversationReference();
        await references.SaveAsync(reference, CancellationToken.None);
        connector.FailNextWith(new ConnectorException("createConversation", HttpStatusCode.Forbidden, null, "not installed for that user"));

        await Assert.ThrowsAsync<ConnectorException>(() => Adapter(Channel).ContinueConversationAsync(
            reference,
            (turn, ct) => turn.Connector.CreateConversationAsync(turn.Reference.ServiceUrl, ConversationParameters.ForPersonalChat(turn.Reference, ChannelAccount.Create("29:other")), ct),
            CancellationToken.None));

        Assert.NotNull(await references.GetAsync(reference.Conversation.Id!, CancellationToken.None));
    }

    [Fact]
    public async Task CreateConversationAsync_ChannelThread_ReturnsAndSavesNewChannelReference()
    {
        var origin = Payloads.Load("conversationupdate-bot-added").GetConversationReference();
        var parameters = ConversationParameters.ForChannelThread(origin, "19:werkgroep@thread.tacv2", Activity.CreateMessage("Start werkgroep"));

        var started = await Adapter(Channel).CreateConversationAsync(origin, parameters, CancellationToken.None);

        Assert.Equal("activity-1", started.ActivityId);
        Assert.Equal("conversation-1", started.Reference.Conversation.Id);
        Assert.Equal(ConversationTypes.Channel, started.Reference.Conversation.ConversationType);
        Assert.Equal("19:werkgroep@thread.tacv2", started.Reference.TeamsChannelId);
        Assert.Equal(Payloads.TenantId, started.Reference.TenantId);
        Assert.Equal(started.Reference, await references.GetAsync("conversation-1", CancellationToken.None));
        var sent = Assert.Single(connector.CreatedConversations).Parameters!;
        Assert.True(sent.IsGroup);
        Assert.Equal(Payloads.TenantId, sent.ChannelData!.Tenant!.Id);
    }

    [Fact]
    public async Task CreateConversationAsync_PersonalChat_TargetsTheUser()
    {
        var origin = Payloads.Load("conversationupdate-bot-added").GetConversationReference();
        var user = ChannelAccount.Create("29:anne", "Anne de Vries");

        var started = await Adapter(Channel).CreateConversationAsync(origin, ConversationParameters.ForPersonalChat(origin, user), CancellationToken.None);

        Assert.Equal(ConversationTypes.Personal, started.Reference.Conversation.ConversationType);
        Assert.Equal("29:anne", started.Reference.User!.Id);
        Assert.Null(started.ActivityId);
        var sent = Assert.Single(connector.CreatedConversations).Parameters!;
        Assert.False(sent.IsGroup);
        Assert.Equal("29:anne", Assert.Single(sent.Members!).Id);
        Assert.Equal(Payloads.TenantId, sent.TenantId);
    }

    private BotAdapter Adapter(BotCallerIdentity? caller, BotFrameworkOptions? options = null) =>
        new(new FixedValidator(caller), connector, trusted, references, deduplicator, Options.Create(options ?? new BotFrameworkOptions()), NullLogger<BotAdapter>.Instance);
}
