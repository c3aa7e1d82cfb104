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
    private const int MaxRoundTripsPerNote = 3;

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

    [Fact]
    public async Task AddNote_ByTheNextParticipant_TakesAtMostThreeStorageRoundTripsAndStoresTheNote()
    {
        var conversation = HostBench.NewConversationId();
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, HostBench.User("Marieke"), Ct);
        var first = await Bench.PostAsync(Bench.Invoke(conversation, HostBench.User("Sanne"), "addNotes", HostBench.NoteData(werkgroepId, "Buurtlunch")), Ct);
        Assert.True(first.IsCard, first.ToString());

        int worst = 0;
        for (int i = 1; i <= 3; i++)
        {
            int mark = counter.Count;
            var reply = await Bench.PostAsync(Bench.Invoke(conversation, HostBench.User($"Deelnemer {i}"), "addNotes", HostBench.NoteData(werkgroepId, $"Idee {i}")), Ct);
            var requests = counter.Since(mark);
            output.WriteLine($"note {i}: {requests.Count} round trips\n  " + string.Join("\n  ", requests));

            Assert.True(reply.IsCard, reply.ToString());
            Assert.Contains($"Idee {i}", CardQuery.AllText(reply.Card!), StringComparison.Ordinal);
            worst = Math.Max(worst, requests.Count);
        }

        Assert.True(worst <= MaxRoundTripsPerNote, $"An add-note took {worst} storage round trips (at most {MaxRoundTripsPerNote}); see the test output.");
        var notes = await Bench.NotesAsync(werkgroepId, Ct);
        Assert.Equal(["Buurtlunch", "Idee 1", "Idee 2", "Idee 3"], notes.Select(n => n.Text).Order(StringComparer.Ordinal));
    }
}
