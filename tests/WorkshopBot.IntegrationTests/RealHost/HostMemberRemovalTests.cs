using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Cards;
using WorkshopBot.IntegrationTests.Board;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.TestKit.Cards;
using Xunit;

namespace WorkshopBot.IntegrationTests.RealHost;

// Issue 13, finding 4: someone who leaves the chat (conversationUpdate membersRemoved) leaves the
// werkgroep at once: the board API refuses them (403 not-a-member), the membership index stops listing
// them, and their next card click is refused in Dutch. Their note stays. The host runs with the board's
// SSO issuer too, so the same person calls the bot (MRI + object id) and the board (SSO token).
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class HostMemberRemovalTests(AzuriteFixture azurite) : BoardSsoHostTest(azurite)
{

    [Fact]
    public async Task MembersRemoved_MemberWithANote_BoardRefusesThemAndTheirNextCardClickIsRefusedInDutch()
    {
        var conversation = HostBench.NewConversationId();
        var marieke = HostBench.User("Marieke");
        var fatma = HostBench.User("Fatma Yilmaz");
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, marieke, Ct);
        var added = await Bench.PostAsync(Bench.Invoke(conversation, fatma, "addNotes", HostBench.NoteData(werkgroepId, "Buurtlunch voor ouderen")), Ct);
        Assert.True(added.IsCard, added.ToString());
        Assert.Equal(HttpStatusCode.OK, (await BoardGetAsync($"/api/boards/{werkgroepId}", fatma)).StatusCode);

        var removed = await Bench.PostAsync(MembersRemoved(conversation, remover: marieke, fatma), Ct);

        Assert.Equal(HttpStatusCode.OK, removed.Status);
        using (var board = await BoardGetAsync($"/api/boards/{werkgroepId}", fatma))
        {
            Assert.Equal(HttpStatusCode.Forbidden, board.StatusCode);
            using var problem = JsonDocument.Parse(await board.Content.ReadAsStringAsync(Ct));
            Assert.Equal("not-a-member", problem.RootElement.GetProperty("code").GetString());
        }

        var index = Bench.Host.Services.GetRequiredService<IWerkgroepMembershipIndex>();
        Assert.DoesNotContain(await index.ListForUserAsync(fatma.AadObjectId, Ct), m => m.WerkgroepId == werkgroepId);
        Assert.Contains(await index.ListForUserAsync(marieke.AadObjectId, Ct), m => m.WerkgroepId == werkgroepId);

        var click = await Bench.PostAsync(Bench.Invoke(conversation, fatma, "addNotes", HostBench.NoteData(werkgroepId, "Nog een idee")), Ct);
        Assert.True(click.IsError, click.ToString());
        Assert.Equal("removed-member", click.ErrorCode);
        Assert.StartsWith("Je bent uit deze werkgroep verwijderd", click.ErrorMessage, StringComparison.Ordinal);

        var werkgroep = await Bench.WerkgroepAsync(werkgroepId, Ct);
        Assert.False(werkgroep.IsMember(fatma.AadObjectId));
        var note = Assert.Single(werkgroep.NotesInStep(3));
        Assert.Equal(fatma.AadObjectId, note.AuthorId);
        Assert.Equal(HttpStatusCode.OK, (await BoardGetAsync($"/api/boards/{werkgroepId}", marieke)).StatusCode);
    }

    [Fact]
    public async Task Message_RemoveWithMention_ModeratorRemovesTheMemberAndTheBoardRefusesThem()
    {
        var conversation = HostBench.NewConversationId();
        var marieke = HostBench.User("Marieke");
        var fatma = HostBench.User("Fatma Yilmaz");
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, marieke, Ct);
        await Bench.PostAsync(Bench.Message(conversation, fatma, "nieuwe notitie Buurtlunch"), Ct);
        var message = Bench.Message(conversation, marieke, "verwijder <at>Fatma Yilmaz</at>");
        message["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>Fatma Yilmaz</at>",
            ["mentioned"] = new JsonObject { ["id"] = fatma.Id, ["name"] = fatma.Name },
        });

        await Bench.PostAsync(message, Ct);

        Assert.False((await Bench.WerkgroepAsync(werkgroepId, Ct)).IsMember(fatma.AadObjectId));
        var confirmation = CardMarkdown.Escape("Fatma Yilmaz is uit werkgroep");
        Assert.Contains(Bench.ConnectorCards(), c => CardQuery.AllText(c).Contains(confirmation, StringComparison.Ordinal));
        using var board = await BoardGetAsync($"/api/boards/{werkgroepId}", fatma);
        Assert.Equal(HttpStatusCode.Forbidden, board.StatusCode);
    }

    // As Teams sends it when someone is removed from a group chat: from is who removed them; the removed
    // person is named by MRI and object id.
    private JsonObject MembersRemoved(string conversationId, HostUser remover, HostUser person)
    {
        var activity = Bench.Message(conversationId, remover, "");
        activity["type"] = "conversationUpdate";
        activity.Remove("text");
        activity.Remove("textFormat");
        activity["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = person.Id, ["aadObjectId"] = person.AadObjectId });
        return activity;
    }
}
