using WorkshopBot.TestKit.Azurite;
using Xunit;

namespace WorkshopBot.IntegrationTests.RealHost;

// Issue 2: a meeting where everyone adds a note at the same moment. Every click is its own
// delivery on the same board; optimistic concurrency in Table storage must keep all of them.
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class HostConcurrencyTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const int Participants = 20;

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
    public async Task Invoke_TwentyParticipantsAddANoteAtOnce_StoresExactlyTwentyNotes()
    {
        var conversation = HostBench.NewConversationId();
        var werkgroepId = await bench.StartWerkgroepWithOpenStepAsync(conversation, HostBench.User("Marieke"), Ct);
        var invokes = Enumerable.Range(1, Participants)
            .Select(i => bench.Invoke(conversation, HostBench.User($"Deelnemer {i}"), "addNotes", HostBench.NoteData(werkgroepId, $"Idee nummer {i}")))
            .ToArray();

        var replies = await Task.WhenAll(invokes.Select(invoke => Task.Run(() => bench.PostAsync(invoke, Ct))));

        Assert.All(replies, r => Assert.True(r.IsCard, r.ToString()));
        var notes = await bench.NotesAsync(werkgroepId, Ct);
        Assert.Equal(Participants, notes.Count);
        Assert.Equal(
            Enumerable.Range(1, Participants).Select(i => $"Idee nummer {i}").Order(StringComparer.Ordinal),
            notes.Select(n => n.Text).Order(StringComparer.Ordinal));
        Assert.Equal(Participants + 1, (await bench.WerkgroepAsync(werkgroepId, Ct)).Members.Count);
        bench.AssertEveryCardValid();
    }
}
