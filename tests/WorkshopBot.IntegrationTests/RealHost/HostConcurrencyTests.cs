using WorkshopBot.TestKit.Azurite;
using Xunit;

namespace WorkshopBot.IntegrationTests.RealHost;

// Issue 2: a meeting where everyone adds a note at the same moment. Every click is its own
// delivery on the same board; optimistic concurrency in Table storage must keep all of them.
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class HostConcurrencyTests(AzuriteFixture azurite) : HostBenchTest(azurite)
{
    private const int Participants = 20;


    [Fact]
    public async Task Invoke_TwentyParticipantsAddANoteAtOnce_StoresExactlyTwentyNotes()
    {
        var conversation = HostBench.NewConversationId();
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, HostBench.User("Marieke"), Ct);
        var invokes = Enumerable.Range(1, Participants)
            .Select(i => Bench.Invoke(conversation, HostBench.User($"Deelnemer {i}"), "addNotes", HostBench.NoteData(werkgroepId, $"Idee nummer {i}")))
            .ToArray();

        var replies = await Task.WhenAll(invokes.Select(invoke => Task.Run(() => Bench.PostAsync(invoke, Ct))));

        Assert.All(replies, r => Assert.True(r.IsCard, r.ToString()));
        var notes = await Bench.NotesAsync(werkgroepId, Ct);
        Assert.Equal(Participants, notes.Count);
        Assert.Equal(
            Enumerable.Range(1, Participants).Select(i => $"Idee nummer {i}").Order(StringComparer.Ordinal),
            notes.Select(n => n.Text).Order(StringComparer.Ordinal));
        Assert.Equal(Participants + 1, (await Bench.WerkgroepAsync(werkgroepId, Ct)).Members.Count);
        Bench.AssertEveryCardValid();
    }
}
