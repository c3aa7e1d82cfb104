using System.Text.Json.Nodes;
using WorkshopBot.Cards;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.TestKit.Cards;
using WorkshopBot.TestKit.Protocol;
using Xunit;

namespace WorkshopBot.IntegrationTests.RealHost;

// The werkgroep start card outside the large group's channel, and naming a co-moderator by @mention,
// through the real host (Azurite, stub connector).
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class HostModeratorTests(AzuriteFixture azurite) : HostBenchTest(azurite)
{
    [Fact]
    public async Task Message_WerkgroepInAnotherGroupChat_OffersTheTrajectTheModeratorModerates()
    {
        var marieke = HostBench.User("Marieke");
        var first = await Bench.WerkgroepAsync(await Bench.StartWerkgroepWithOpenStepAsync(HostBench.NewConversationId(), marieke, Ct), Ct);

        await Bench.PostAsync(Bench.Message(HostBench.NewConversationId(), marieke, "werkgroep Mantelzorg"), Ct);

        var card = Assert.Single(Bench.ConnectorCards(), c => c.ToJsonString().Contains($"\"{CardInputs.TrajectId}\"", StringComparison.Ordinal));
        Assert.Contains($"\"{first.TrajectId}\"", card.ToJsonString(), StringComparison.Ordinal);
        Bench.AssertEveryCardValid();
    }

    [Fact]
    public async Task Message_ComoderatorWithMention_MakesTheMentionedMemberModerator()
    {
        var conversation = HostBench.NewConversationId();
        var marieke = HostBench.User("Marieke");
        var sanne = HostBench.User("Sanne Visser");
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, marieke, Ct);
        await Bench.PostAsync(Bench.Message(conversation, sanne, "nieuwe notitie Ophaaldienst voor de soos"), Ct);

        await Bench.PostAsync(Mentioning(Bench.Message(conversation, marieke, "comoderator <at>Sanne Visser</at>"), sanne), Ct);

        var werkgroep = await Bench.WerkgroepAsync(werkgroepId, Ct);
        Assert.True(werkgroep.IsModerator(sanne.AadObjectId));
        var confirmation = CardMarkdown.Escape("Sanne Visser is nu co-moderator");
        Assert.Contains(Bench.ConnectorCards(), c => CardQuery.AllText(c).Contains(confirmation, StringComparison.Ordinal));
        Bench.AssertEveryCardValid();
    }

    [Fact]
    public async Task Message_ComoderatorMentionWithAnotherDisplayName_FindsTheMemberThroughTheRoster()
    {
        var conversation = HostBench.NewConversationId();
        var marieke = HostBench.User("Marieke");
        var sanne = HostBench.User("Sanne Visser");
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, marieke, Ct);
        await Bench.PostAsync(Bench.Message(conversation, sanne, "nieuwe notitie Ophaaldienst voor de soos"), Ct);
        // The mention shows a nickname, so only the roster (the Teams id → Entra object id) can tell who it is.
        Bench.Connector.RespondWith(r => r.Method == "GET" && r.RawTarget.Contains("/members/", StringComparison.Ordinal)
            ? new StubConnectorResponse(200, $$"""{"id":"{{sanne.Id}}","name":"Sanne Visser","aadObjectId":"{{sanne.AadObjectId}}"}""")
            : StubConnectorResponse.Created($"stub-activity-{r.Sequence}"));

        await Bench.PostAsync(Mentioning(Bench.Message(conversation, marieke, "comoderator <at>Sanne</at>"), sanne with { Name = "Sanne" }), Ct);

        var werkgroep = await Bench.WerkgroepAsync(werkgroepId, Ct);
        Assert.True(werkgroep.IsModerator(sanne.AadObjectId));
        Assert.Contains(Bench.Connector.Requests, r => r.Method == "GET" && r.RawTarget.Contains(Uri.EscapeDataString(sanne.Id), StringComparison.Ordinal));
        Bench.AssertEveryCardValid();
    }

    [Fact]
    public async Task Message_ComoderatorFromAParticipant_IsRefusedAndChangesNothing()
    {
        var conversation = HostBench.NewConversationId();
        var marieke = HostBench.User("Marieke");
        var sanne = HostBench.User("Sanne Visser");
        var piet = HostBench.User("Piet");
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, marieke, Ct);
        await Bench.PostAsync(Bench.Message(conversation, sanne, "nieuwe notitie Ophaaldienst"), Ct);
        await Bench.PostAsync(Bench.Message(conversation, piet, "nieuwe notitie Buurtbus"), Ct);

        await Bench.PostAsync(Mentioning(Bench.Message(conversation, sanne, "comoderator <at>Piet</at>"), piet), Ct);

        var werkgroep = await Bench.WerkgroepAsync(werkgroepId, Ct);
        Assert.False(werkgroep.IsModerator(piet.AadObjectId));
        Assert.False(werkgroep.IsModerator(sanne.AadObjectId));
        var refusal = CardMarkdown.Escape("Alleen de projectleider (moderator) van deze werkgroep");
        Assert.Contains(Bench.ConnectorCards(), c => CardQuery.AllText(c).Contains(refusal, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Message_HandOverInEnglish_PassesTheRoleAndRepliesInEnglish()
    {
        var conversation = HostBench.NewConversationId();
        var marieke = HostBench.User("Marieke");
        var sanne = HostBench.User("Sanne Visser");
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, marieke, Ct);
        await Bench.PostAsync(Bench.Message(conversation, sanne, "nieuwe notitie Ophaaldienst"), Ct);
        var message = Mentioning(Bench.Message(conversation, marieke, "hand over <at>Sanne Visser</at>"), sanne);
        message["locale"] = "en-GB";

        await Bench.PostAsync(message, Ct);

        var werkgroep = await Bench.WerkgroepAsync(werkgroepId, Ct);
        Assert.True(werkgroep.IsModerator(sanne.AadObjectId));
        Assert.False(werkgroep.IsModerator(marieke.AadObjectId));
        var confirmation = CardMarkdown.Escape("You handed over moderation");
        Assert.Contains(Bench.ConnectorCards(), c => CardQuery.AllText(c).Contains(confirmation, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Message_ComoderatorWithoutMention_AsksForAnAtMentionAndChangesNothing()
    {
        var conversation = HostBench.NewConversationId();
        var marieke = HostBench.User("Marieke");
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, marieke, Ct);
        var before = await Bench.WerkgroepAsync(werkgroepId, Ct);

        await Bench.PostAsync(Bench.Message(conversation, marieke, "comoderator Sanne"), Ct);

        Assert.Equal(before.Version, (await Bench.WerkgroepAsync(werkgroepId, Ct)).Version);
        var hint = CardMarkdown.Escape("Noem één persoon met een @-vermelding");
        Assert.Contains(Bench.ConnectorCards(), c => CardQuery.AllText(c).Contains(hint, StringComparison.Ordinal));
    }

    // Teams mentions carry the Teams id and display name of the person, not their Entra object id.
    private static JsonObject Mentioning(JsonObject message, HostUser person)
    {
        message["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = $"<at>{person.Name}</at>",
            ["mentioned"] = new JsonObject { ["id"] = person.Id, ["name"] = person.Name },
        });
        return message;
    }
}
