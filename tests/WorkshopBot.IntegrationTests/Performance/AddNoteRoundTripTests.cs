using Azure.Core;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using WorkshopBot.IntegrationTests.RealHost;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.TestKit.Cards;
using Xunit;
using Xunit.Abstractions;

namespace WorkshopBot.IntegrationTests.Performance;

// Issue 14: what one add-note costs in storage, counted on the wire of the real host's TableServiceClient
// against Azurite. Every round trip is latency for the person who clicked and a billed transaction.
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class AddNoteRoundTripTests(AzuriteFixture azurite, ITestOutputHelper output) : IAsyncLifetime
{
    // The bound, and what the steady state takes now: the one transaction that stores the note (its
    // row, the state row's version, the audit event). Adding notes needs no duplicate claim (the notes' ids
    // come from the activity, see WorkshopActivityHandler.IsIdempotent).
    private const int MaxRoundTripsPerNote = 3;
    private const int RoundTripsPerNote = 1;

    private readonly CancellationTokenSource timeout = new(TimeSpan.FromSeconds(60));
    private readonly StorageRequestCounter counter = new();
    private HostBench? bench;

    private CancellationToken Ct => timeout.Token;

    private HostBench Bench => bench!;

    public async Task InitializeAsync() =>
        bench = await HostBench.StartAsync(azurite, clock: null, Ct, extraServices: (services, tables) =>
        {
            var options = new TableClientOptions();
            options.AddPolicy(counter, HttpPipelinePosition.PerRetry);
            services.AddSingleton(new TableServiceClient(tables.ConnectionString, options));
        });

    public async Task DisposeAsync()
    {
        if (bench is not null)
        {
            await bench.DisposeAsync();
        }

        timeout.Dispose();
    }

    // A participant who already added a note (the steady state of a brainstorm): one transaction.
    [Fact]
    public async Task AddNote_ByAReturningParticipant_TakesOneStorageRoundTripAndStoresTheNote()
    {
        var conversation = HostBench.NewConversationId();
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, HostBench.User("Marieke"), Ct);
        var people = Enumerable.Range(1, 3).Select(i => HostBench.User($"Deelnemer {i}")).ToArray();
        foreach (var person in people)
        {
            var first = await Bench.PostAsync(Bench.Invoke(conversation, person, "addNotes", HostBench.NoteData(werkgroepId, $"Eerste van {person.Name}")), Ct);
            Assert.True(first.IsCard, first.ToString());
        }

        int worst = 0;
        foreach (var person in people)
        {
            int mark = counter.Count;
            var reply = await Bench.PostAsync(Bench.Invoke(conversation, person, "addNotes", HostBench.NoteData(werkgroepId, $"Tweede van {person.Name}")), Ct);
            var requests = counter.Since(mark);
            output.WriteLine($"{person.Name}: {requests.Count} round trips\n  " + string.Join("\n  ", requests));

            Assert.True(reply.IsCard, reply.ToString());
            Assert.Contains($"Tweede van {person.Name}", CardQuery.AllText(reply.Card!), StringComparison.Ordinal);
            worst = Math.Max(worst, requests.Count);
            Assert.All(requests, r => Assert.Contains("$batch", r, StringComparison.Ordinal));
        }

        Assert.True(worst <= MaxRoundTripsPerNote, $"An add-note took {worst} storage round trips (at most {MaxRoundTripsPerNote}); see the test output.");
        Assert.Equal(RoundTripsPerNote, worst);
        var notes = await Bench.NotesAsync(werkgroepId, Ct);
        Assert.Equal(6, notes.Count);
        Assert.All(people, p => Assert.Contains(notes, n => n.Text == $"Tweede van {p.Name}"));
    }

    // Someone's first note also makes them a member, which adds their row to the user index (their
    // partition of UserWerkgroepen, so it cannot join the werkgroep's transaction) and the index ledger.
    [Fact]
    public async Task AddNote_ByANewParticipant_AddsOnlyTheUserIndexRowsAndTheirLedger()
    {
        var conversation = HostBench.NewConversationId();
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, HostBench.User("Marieke"), Ct);
        await Bench.PostAsync(Bench.Invoke(conversation, HostBench.User("Sanne"), "addNotes", HostBench.NoteData(werkgroepId, "Buurtlunch")), Ct);

        int mark = counter.Count;
        var reply = await Bench.PostAsync(Bench.Invoke(conversation, HostBench.User("Fatima"), "addNotes", HostBench.NoteData(werkgroepId, "Maatjesproject")), Ct);
        var requests = counter.Since(mark);
        output.WriteLine($"{requests.Count} round trips\n  " + string.Join("\n  ", requests));

        Assert.True(reply.IsCard, reply.ToString());
        Assert.True(requests.Count <= MaxRoundTripsPerNote + 2, $"A first note took {requests.Count} storage round trips (at most {MaxRoundTripsPerNote} + 2 for the user index).");
        Assert.Equal(RoundTripsPerNote + 2, requests.Count);
        Assert.Equal(2, requests.Count(r => r.Contains("UserWerkgroepen", StringComparison.Ordinal)));
        Assert.Equal(["Buurtlunch", "Maatjesproject"], (await Bench.NotesAsync(werkgroepId, Ct)).Select(n => n.Text).Order(StringComparer.Ordinal));
    }
}
