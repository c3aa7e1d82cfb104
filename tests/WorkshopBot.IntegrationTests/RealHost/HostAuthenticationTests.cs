using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WorkshopBot.BotProtocol.Ports;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.TestKit.Protocol;
using Xunit;

namespace WorkshopBot.IntegrationTests.RealHost;

// Issue 2: the real host with an app id accepts only genuine Bot Framework channel tokens, and a
// rejected request changes nothing (no note, no conversation reference, no reply, no dedupe claim).
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class HostAuthenticationTests(AzuriteFixture azurite) : HostBenchTest(azurite, checkCardsAtEnd: true)
{
    public static TheoryData<string> RejectedTokens => ["no header", "expired", "wrong audience", "wrong issuer", "key without endorsement", "serviceurl mismatch"];

    [Fact]
    public async Task Post_ValidChannelToken_Returns200AndRepliesWithTheOutboundToken()
    {
        var conversation = HostBench.NewConversationId();

        var reply = await Bench.PostAsync(Bench.Message(conversation, HostBench.User("Sanne"), "help"), Ct);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        var sent = Assert.Single(Bench.Connector.Requests);
        Assert.Equal("POST", sent.Method);
        Assert.Contains(Uri.EscapeDataString(conversation), sent.RawTarget, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Bearer " + HostBench.OutboundToken, sent.Authorization);
        Assert.Contains("notitie", sent.Body, StringComparison.OrdinalIgnoreCase);
        Bench.AssertEveryCardValid();
    }

    [Theory]
    [MemberData(nameof(RejectedTokens))]
    public async Task Post_RejectedToken_Returns401AndStoresNothing(string kind)
    {
        var conversation = HostBench.NewConversationId();
        var moderator = HostBench.User("Marieke");
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, moderator, Ct);
        var requestsBefore = Bench.Connector.Requests.Count;
        var otherConversation = HostBench.NewConversationId();
        var addNote = Bench.Invoke(conversation, HostBench.User("Sanne"), "addNotes", HostBench.NoteData(werkgroepId, "Buurtlunch"));

        var rejected = await Bench.PostRawAsync(addNote.ToJsonString(), TokenFor(kind), Ct);
        var rejectedMessage = await Bench.PostRawAsync(Bench.Message(otherConversation, HostBench.User("Sanne"), "help").ToJsonString(), TokenFor(kind), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, rejected.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, rejectedMessage.Status);
        Assert.Null(rejected.Body);
        Assert.Empty(await Bench.NotesAsync(werkgroepId, Ct));
        Assert.Equal(requestsBefore, Bench.Connector.Requests.Count);
        Assert.Null(await Bench.Host.Services.GetRequiredService<IConversationReferenceStore>().GetAsync(otherConversation, Ct));

        // The same delivery with a genuine token still counts: the rejected one claimed nothing.
        var accepted = await Bench.PostAsync(addNote, Ct);

        Assert.True(accepted.IsCard, accepted.ToString());
        Assert.Equal("Buurtlunch", Assert.Single(await Bench.NotesAsync(werkgroepId, Ct)).Text);
    }

    private string? TokenFor(string kind)
    {
        var issuer = Bench.Issuer;
        var valid = issuer.ChannelToken(HostBench.AppId, Bench.Connector.ServiceUrl);
        var now = DateTimeOffset.UtcNow;
        return kind switch
        {
            "no header" => null,
            "expired" => issuer.Sign(valid with { NotBefore = now.AddHours(-3), Expires = now.AddHours(-2) }),
            "wrong audience" => issuer.Sign(valid with { Audience = "00000000-0000-0000-0000-000000000001" }),
            "wrong issuer" => issuer.Sign(valid with { Issuer = "https://api.botframework.evil.example" }),
            "key without endorsement" => issuer.Sign(valid with { Key = TestSigningKey.Unendorsed }),
            "serviceurl mismatch" => issuer.Sign(valid.WithClaim("serviceurl", "https://smba.trafficmanager.net/emea/")),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }
}
