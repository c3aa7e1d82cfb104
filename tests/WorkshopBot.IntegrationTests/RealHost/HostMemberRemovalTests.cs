using System.Net;
using System.Net.Http.Headers;
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
// Not a HostBenchTest: the board's token issuer must run before the host is configured.
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class HostMemberRemovalTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(60));
    private BoardSsoBench? _board;

    private HostBench Bench => _board?.Bench ?? throw new InvalidOperationException("The bench is not started.");

    private CancellationToken Ct => _timeout.Token;

    public async Task InitializeAsync() => _board = await BoardSsoBench.StartAsync(azurite, Ct);

    public async Task DisposeAsync()
    {
        if (_board is not null)
        {
            await _board.DisposeAsync();
        }

        _timeout.Dispose();
    }

    [Fact]
    public async Task MembersRemoved_MemberWithANote_BoardRefusesThemAndTheirNextCardClickIsRefusedInDutch()
    {
        var conversation = HostBench.NewConversationId();
        var marieke = HostBench.User("Marieke");
        var fatma = HostBench.User("Fatma Yilmaz");
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, marieke, Ct);
        var added = await Bench.PostAsync(Bench.Invoke(conversation, fatma, "addNotes", HostBench.NoteData(werkgroepId, "Buurtlunch voor ouderen")), Ct);
        Assert.True(added.IsCard, added.ToString());
        Assert.Equal(HttpStatusCode.OK, (await BoardAsync(werkgroepId, fatma)).StatusCode);

        var removed = await Bench.PostAsync(MembersRemoved(conversation, remover: marieke, fatma), Ct);

        Assert.Equal(HttpStatusCode.OK, removed.Status);
        using (var board = await BoardAsync(werkgroepId, fatma))
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
        Assert.Equal(HttpStatusCode.OK, (await BoardAsync(werkgroepId, marieke)).StatusCode);
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
        using var board = await BoardAsync(werkgroepId, fatma);
        Assert.Equal(HttpStatusCode.Forbidden, board.StatusCode);
    }

    private async Task<HttpResponseMessage> BoardAsync(string werkgroepId, HostUser user)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Bench.Host.BaseAddress, $"/api/boards/{werkgroepId}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _board!.TokenFor(user));
        return await Bench.Client.SendAsync(request, Ct);
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
