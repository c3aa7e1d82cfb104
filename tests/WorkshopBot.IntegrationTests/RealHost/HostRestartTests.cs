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
public sealed class HostRestartTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly CancellationTokenSource timeout = new(TimeSpan.FromSeconds(60));
    private HostBench bench = null!;

    private CancellationToken Ct => timeout.Token;

    public async Task InitializeAsync() => bench = await HostBench.StartAsync(azurite, Ct);

    public async Task DisposeAsync()
    {
        await bench.DisposeAsync();
        timeout.Dispose();
    }

    [Fact]
    public async Task Restart_NotesAddedBefore_AreOnTheStepCardAfterwards()
    {
        var conversation = HostBench.NewConversationId();
        var werkgroepId = await bench.StartWerkgroepWithOpenStepAsync(conversation, HostBench.User("Marieke"), Ct);
        var sanne = HostBench.User("Sanne");
        var addNote = bench.Invoke(conversation, sanne, "addNotes", HostBench.NoteData(werkgroepId, "Wekelijkse buurtlunch in Dodewaard\nVervoer naar de soos"));
        Assert.True((await bench.PostAsync(addNote, Ct)).IsCard);

        await bench.RestartAsync(Ct);
        var before = bench.Connector.Requests.Count;
        var reply = await bench.PostAsync(bench.Message(conversation, HostBench.User("Joost"), "stap 3"), Ct);
        var redelivered = await bench.PostAsync(addNote, Ct);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        var posted = bench.Connector.Requests.Skip(before).Single(r => r.Method == "POST");
        var card = Assert.Single(HostBench.CardsIn(posted));
        var text = CardQuery.AllText(card);
        Assert.Contains("Wekelijkse buurtlunch in Dodewaard", text, StringComparison.Ordinal);
        Assert.Contains("Vervoer naar de soos", text, StringComparison.Ordinal);
        Assert.True(redelivered.IsCard, redelivered.ToString());
        var notes = await bench.NotesAsync(werkgroepId, Ct);
        Assert.Equal(["Vervoer naar de soos", "Wekelijkse buurtlunch in Dodewaard"], notes.Select(n => n.Text).Order(StringComparer.Ordinal));
        Assert.All(notes, n => Assert.Equal(sanne.AadObjectId, n.AuthorId));
        bench.AssertEveryCardValid();
    }
}
