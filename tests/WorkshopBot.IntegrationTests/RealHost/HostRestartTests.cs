using System.Net;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.TestKit.Cards;
using Xunit;

namespace WorkshopBot.IntegrationTests.RealHost;

// Issue 2: notes live in Table storage, not in the process. After the app restarts (deploy,
// scale-in, crash) the board is exactly as it was, and a redelivery from before the restart is
// still recognised.
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class HostRestartTests(AzuriteFixture azurite) : HostBenchTest(azurite)
{
    [Fact]
    public async Task Restart_NotesAddedBefore_AreOnTheStepCardAfterwards()
    {
        var conversation = HostBench.NewConversationId();
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, HostBench.User("Marieke"), Ct);
        var sanne = HostBench.User("Sanne");
        var addNote = Bench.Invoke(conversation, sanne, "addNotes", HostBench.NoteData(werkgroepId, "Wekelijkse buurtlunch in Dodewaard\nVervoer naar de soos"));
        Assert.True((await Bench.PostAsync(addNote, Ct)).IsCard);

        await Bench.RestartAsync(Ct);
        var before = Bench.Connector.Requests.Count;
        var reply = await Bench.PostAsync(Bench.Message(conversation, HostBench.User("Joost"), "stap 3"), Ct);
        var redelivered = await Bench.PostAsync(addNote, Ct);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        var posted = Bench.Connector.Requests.Skip(before).Single(r => r.Method == "POST");
        var card = Assert.Single(HostBench.CardsIn(posted));
        var text = CardQuery.AllText(card);
        Assert.Contains("Wekelijkse buurtlunch in Dodewaard", text, StringComparison.Ordinal);
        Assert.Contains("Vervoer naar de soos", text, StringComparison.Ordinal);
        Assert.True(redelivered.IsCard, redelivered.ToString());
        var notes = await Bench.NotesAsync(werkgroepId, Ct);
        Assert.Equal(["Vervoer naar de soos", "Wekelijkse buurtlunch in Dodewaard"], notes.Select(n => n.Text).Order(StringComparer.Ordinal));
        Assert.All(notes, n => Assert.Equal(sanne.AadObjectId, n.AuthorId));
        Bench.AssertEveryCardValid();
    }
}
