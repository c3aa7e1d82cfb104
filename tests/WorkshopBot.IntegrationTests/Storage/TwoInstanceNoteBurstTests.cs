using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Services;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.Storage;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.TestKit.Domain;
using WorkshopBot.Web.Hosting;
using Xunit;

namespace WorkshopBot.IntegrationTests.Storage;

// A whole meeting typing at once, served by two app instances on the same Table storage: each instance
// group-commits its own callers (WorkshopService as the host registers it), and the ETag decides between
// the two instances. Every note must land exactly once, and nobody may be told "too busy".
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class TwoInstanceNoteBurstTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const int Users = 30;
    private const int NotesPerUser = 10;

    private AzuriteTables _tables = null!;
    private IHost _instanceA = null!;
    private IHost _instanceB = null!;

    public async Task InitializeAsync()
    {
        _tables = azurite.CreateTables();
        _instanceA = await StartInstanceAsync(_tables);
        _instanceB = await StartInstanceAsync(_tables);
    }

    public async Task DisposeAsync()
    {
        foreach (var host in new[] { _instanceA, _instanceB })
        {
            await host.StopAsync();
            host.Dispose();
        }

        await _tables.DisposeAsync();
    }

    [Fact]
    public async Task UpdateWerkgroepAsync_ThirtyUsersBurstNotesThroughTwoInstances_EveryNoteLandsExactlyOnce()
    {
        var services = new[] { Service(_instanceA), Service(_instanceB) };
        await StartWerkgroepWithOpenStepAsync(services[0]);
        var users = Enumerable.Range(1, Users).Select(i => TestWorkshop.Participant(i, $"Organisatie {i % 5}")).ToArray();

        // Each user types their notes back to back on "their" instance; the last note is also redelivered
        // (Teams retries) through the other instance at the same moment.
        var results = await Task.WhenAll(users.Select((actor, u) => Task.Run(async () =>
        {
            var mine = services[u % 2];
            var other = services[(u + 1) % 2];
            var outcomes = new List<DomainResult<Change<Werkgroep>>>();
            for (int n = 0; n < NotesPerUser; n++)
            {
                string noteId = $"n-{u}-{n}";
                string text = $"Idee {n} van deelnemer {u}";
                if (n < NotesPerUser - 1)
                {
                    outcomes.Add(await mine.UpdateWerkgroepAsync("w-1", (w, now) => w.AddNote(actor, noteId, 3, text, now), default));
                    continue;
                }

                outcomes.AddRange(await Task.WhenAll(
                    mine.UpdateWerkgroepAsync("w-1", (w, now) => w.AddNote(actor, noteId, 3, text, now), default),
                    other.UpdateWerkgroepAsync("w-1", (w, now) => w.AddNote(actor, noteId, 3, text, now), default)));
            }

            return outcomes;
        })));

        var failures = results.SelectMany(r => r).Where(r => !r.IsSuccess).Select(r => r.Error!.Code).ToArray();
        Assert.True(failures.Length == 0, $"{failures.Length} adds failed: {string.Join(", ", failures.Distinct())}");
        var stored = await services[1].GetWerkgroepAsync("w-1", default);
        var notes = stored!.NotesInStep(3);
        Assert.Equal(Users * NotesPerUser, notes.Count);
        Assert.Equal(Users * NotesPerUser, notes.Select(n => n.Id).Distinct().Count());
        Assert.Equal(
            Enumerable.Range(0, Users).SelectMany(u => Enumerable.Range(0, NotesPerUser).Select(n => $"n-{u}-{n}")).Order(StringComparer.Ordinal),
            notes.Select(n => n.Id).Order(StringComparer.Ordinal));
        var trail = (await services[0].GetAuditTrailAsync("t-1", default)).Where(e => e.AggregateId == "w-1").ToArray();
        Assert.Equal(Users * NotesPerUser, trail.Count(e => e.Kind == WorkshopEventKinds.NoteAdded));
        Assert.Equal(Enumerable.Range(1, stored.Version), trail.Select(e => e.Sequence).Distinct().Order());
    }

    // Both instances are built the way Program.cs composes the domain and storage.
    private static async Task<IHost> StartInstanceAsync(AzuriteTables tables)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(tables.Configuration);
        builder.AddTableStorage();
        builder.AddWorkshopDomain();
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static WorkshopService Service(IHost host) => host.Services.GetRequiredService<WorkshopService>();

    private static async Task StartWerkgroepWithOpenStepAsync(WorkshopService service)
    {
        var moderator = TestWorkshop.Moderator;
        await service.CreateTrajectAsync(now => Traject.Create("t-1", "Eenzaamheid", "Neder-Betuwe", "Eenzaamheid", "tenant", null, moderator, now), default);
        var started = await service.StartWerkgroepAsync(
            "t-1",
            (traject, now) => Werkgroep.Start(traject, "w-1", "Ontmoeting", new ConversationBinding("19:meeting_w1@thread.v2", ConversationKind.Meeting), moderator, now),
            default);
        Assert.True(started.IsSuccess, started.Error?.Code);
        var opened = await service.UpdateWerkgroepAsync("w-1", (w, now) => w.OpenStep(moderator, 3, now), default);
        Assert.True(opened.IsSuccess, opened.Error?.Code);
    }
}
