using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Items;
using WorkshopBot.IntegrationTests.Board;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.TestKit.Cards;
using Xunit;

namespace WorkshopBot.IntegrationTests.RealHost;

// Issue 16: the moderator finalises formal items from the board. The board posts the cards' own commands
// (acceptItem, updateItem) with the Teams SSO token; the server checks the stored role exactly as for a
// card click, and the step card the bot hands out afterwards shows the result. The same people call the
// bot (MRI + object id) and the board (SSO token for the object id).
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class HostBoardItemActionsTests(AzuriteFixture azurite) : BoardSsoHostTest(azurite)
{

    [Fact]
    public async Task BoardAcceptItem_PartnerRefused403_ModeratorAccepts_StepCardShowsVastgesteld()
    {
        var conversation = HostBench.NewConversationId();
        var marieke = HostBench.User("Marieke de Vries");
        var fatma = HostBench.User("Fatma Yilmaz");
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, marieke, Ct);
        await Bench.PostAsync(Bench.Invoke(conversation, fatma, "addNotes", HostBench.NoteData(werkgroepId, "Wekelijkse buurtlunch in Dodewaard")), Ct);
        var noteId = (await Bench.NotesAsync(werkgroepId, Ct)).Single().Id;
        using (var promoted = await BoardActAsync(werkgroepId, marieke, "promoteNote", new { noteId, kind = "activity" }))
        {
            Assert.Equal(HttpStatusCode.OK, promoted.StatusCode);
        }

        var activity = (await Bench.WerkgroepAsync(werkgroepId, Ct)).Activities.Single();

        using (var forged = await BoardActAsync(werkgroepId, fatma, "acceptItem", new { kind = "activity", itemId = activity.Id }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
            using var problem = JsonDocument.Parse(await forged.Content.ReadAsStringAsync(Ct));
            Assert.Equal(DomainErrorCodes.NotModerator, problem.RootElement.GetProperty("code").GetString());
        }

        Assert.Equal(ItemStatus.Concept, (await Bench.WerkgroepAsync(werkgroepId, Ct)).Activities.Single().Status);

        using (var accepted = await BoardActAsync(werkgroepId, marieke, "acceptItem", new { kind = "activity", itemId = activity.Id }))
        {
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        var card = (await Bench.PostAsync(Bench.Invoke(conversation, marieke, "refreshStep", new JsonObject { ["werkgroepId"] = werkgroepId, ["step"] = 3 }), Ct)).Card!;
        var texts = CardQuery.Texts(card);
        var line = texts.ToList().FindIndex(t => t.Contains("Wekelijkse buurtlunch in Dodewaard", StringComparison.Ordinal) && t.StartsWith("**", StringComparison.Ordinal));
        Assert.True(line >= 0, string.Join(" | ", texts));
        Assert.Equal("Vastgesteld", texts[line + 1]);
        Assert.Empty(CardQuery.ExecuteActions(card, "acceptItem"));
        Bench.AssertEveryCardValid();
    }

    // Parking is one command whichever surface sends it: the board posts parkItem, the step card's button is
    // an Action.Execute with the same verb; both reach the same role check.
    [Fact]
    public async Task BoardParkItem_PartnerRefused403InDutch_ModeratorParks_StepCardUnparksWithTheSameCommand()
    {
        var conversation = HostBench.NewConversationId();
        var marieke = HostBench.User("Marieke de Vries");
        var fatma = HostBench.User("Fatma Yilmaz");
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, marieke, Ct);
        await Bench.PostAsync(Bench.Invoke(conversation, fatma, "addNotes", HostBench.NoteData(werkgroepId, "Wekelijkse buurtlunch in Dodewaard")), Ct);
        var noteId = (await Bench.NotesAsync(werkgroepId, Ct)).Single().Id;
        (await BoardActAsync(werkgroepId, marieke, "promoteNote", new { noteId, kind = "activity" })).Dispose();
        var activity = (await Bench.WerkgroepAsync(werkgroepId, Ct)).Activities.Single();

        using (var forged = await BoardActAsync(werkgroepId, fatma, "parkItem", new { kind = "activity", itemId = activity.Id }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
            using var problem = JsonDocument.Parse(await forged.Content.ReadAsStringAsync(Ct));
            Assert.Equal(DomainErrorCodes.NotModerator, problem.RootElement.GetProperty("code").GetString());
            Assert.Contains("projectleider", problem.RootElement.GetProperty("title").GetString(), StringComparison.Ordinal);
        }

        using (var parked = await BoardActAsync(werkgroepId, marieke, "parkItem", new { kind = "activity", itemId = activity.Id }))
        {
            Assert.Equal(HttpStatusCode.OK, parked.StatusCode);
        }

        var stored = await Bench.WerkgroepAsync(werkgroepId, Ct);
        Assert.Equal(ItemStatus.Geparkeerd, stored.Activities.Single().Status);
        Assert.Equal(Domain.Werkgroepen.NoteStatus.Geparkeerd, stored.FindNote(noteId)!.Status);

        var card = (await Bench.PostAsync(Bench.Invoke(conversation, marieke, "refreshStep", new JsonObject { ["werkgroepId"] = werkgroepId, ["step"] = 3 }), Ct)).Card!;
        var texts = CardQuery.Texts(card);
        var line = texts.ToList().FindIndex(t => t.Contains("Wekelijkse buurtlunch in Dodewaard", StringComparison.Ordinal) && t.StartsWith("**", StringComparison.Ordinal));
        Assert.True(line >= 0, string.Join(" | ", texts));
        Assert.Equal("Geparkeerd", texts[line + 1]);
        Assert.Empty(CardQuery.ExecuteActions(card, "acceptItem"));
        var unpark = (JsonObject)CardQuery.ExecuteActions(card, "unparkItem").Single()["data"]!.DeepClone();

        // Fatma forges the moderator's button: the card path refuses her as the board did.
        var refused = await Bench.PostAsync(Bench.Invoke(conversation, fatma, "unparkItem", (JsonObject)unpark.DeepClone()), Ct);
        Assert.Equal(ItemStatus.Geparkeerd, (await Bench.WerkgroepAsync(werkgroepId, Ct)).Activities.Single().Status);
        Assert.True(refused.IsError, refused.ToString());
        Assert.Equal(DomainErrorCodes.NotModerator, refused.ErrorCode);
        Assert.Equal("Alleen de projectleider (moderator) kan dit doen.", refused.ErrorMessage);

        var back = (await Bench.PostAsync(Bench.Invoke(conversation, marieke, "unparkItem", unpark), Ct)).Card!;
        Assert.Equal(ItemStatus.Concept, (await Bench.WerkgroepAsync(werkgroepId, Ct)).Activities.Single().Status);
        Assert.Single(CardQuery.ExecuteActions(back, "acceptItem"));
        Bench.AssertEveryCardValid();
    }

    [Fact]
    public async Task BoardUpdateItem_LinksTheActivityToAResult_AndAStaleVersionIsRefused409()
    {
        var conversation = HostBench.NewConversationId();
        var marieke = HostBench.User("Marieke de Vries");
        var fatma = HostBench.User("Fatma Yilmaz");
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, marieke, Ct);
        await Bench.PostAsync(Bench.Invoke(conversation, fatma, "addNotes", HostBench.NoteData(werkgroepId, "Minder eenzame 75-plussers in Kesteren")), Ct);
        await Bench.PostAsync(Bench.Invoke(conversation, fatma, "addNotes", HostBench.NoteData(werkgroepId, "Wekelijkse buurtlunch in Dodewaard")), Ct);
        var notes = await Bench.NotesAsync(werkgroepId, Ct);
        (await BoardActAsync(werkgroepId, marieke, "promoteNote", new { noteId = notes.Single(n => n.Text.StartsWith("Minder", StringComparison.Ordinal)).Id, kind = "result" })).Dispose();
        (await BoardActAsync(werkgroepId, marieke, "promoteNote", new { noteId = notes.Single(n => n.Text.StartsWith("Wekelijkse", StringComparison.Ordinal)).Id, kind = "activity" })).Dispose();
        var werkgroep = await Bench.WerkgroepAsync(werkgroepId, Ct);
        var result = werkgroep.Results.Single();
        var activity = werkgroep.Activities.Single();
        var link = new
        {
            itemId = activity.Id,
            expectedVersion = activity.ItemVersion,
            draft = new { kind = "activity", activity = new { what = activity.What, resultIds = new[] { result.Id } } },
        };

        using (var linked = await BoardActAsync(werkgroepId, fatma, "updateItem", link))
        {
            Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
        }

        using (var stale = await BoardActAsync(werkgroepId, marieke, "updateItem", link with { draft = new { kind = "activity", activity = new { what = "Iets anders", resultIds = new[] { result.Id } } } }))
        {
            Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        }

        var after = (await Bench.WerkgroepAsync(werkgroepId, Ct)).Activities.Single();
        Assert.Equal([result.Id], after.ResultIds);
        Assert.Equal(activity.What, after.What);
    }
}
