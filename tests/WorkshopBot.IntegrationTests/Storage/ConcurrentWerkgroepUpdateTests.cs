using WorkshopBot.Domain;
using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Services;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.TestKit.Domain;
using Xunit;

namespace WorkshopBot.IntegrationTests.Storage;

[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class ConcurrentWerkgroepUpdateTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private StorageHost? _host;

    private WorkshopService Service => new(_host!.Get<IWorkshopStore>(), TimeProvider.System);

    public async Task InitializeAsync() => _host = await StorageHost.StartAsync(azurite);

    public async Task DisposeAsync() => await _host!.DisposeAsync();

    [Fact]
    public async Task UpdateWerkgroepAsync_TwentyParticipantsAddNotesAtOnce_AllTwentyNotesLand()
    {
        await StartWerkgroepWithOpenStepAsync(Service);
        var lockstep = Lockstep(_host!.Get<IWorkshopStore>(), readers: 20);
        var service = new WorkshopService(lockstep, TimeProvider.System);
        var participants = Enumerable.Range(1, 20).Select(i => TestWorkshop.Participant(i, $"Organisatie {i % 5}")).ToArray();

        var results = await Task.WhenAll(participants.Select((actor, i) => Task.Run(() =>
            service.UpdateWerkgroepAsync("w-1", (w, now) => w.AddNote(actor, $"n-{i}", 3, $"Idee van deelnemer {i}", now), default))));

        var stored = await service.GetWerkgroepAsync("w-1", default);
        Assert.All(results, r => Assert.True(r.IsSuccess, r.Error?.Code));
        Assert.True(lockstep.WerkgroepConflicts >= 19, $"Expected at least 19 ETag conflicts, saw {lockstep.WerkgroepConflicts}.");
        Assert.Equal(20, stored!.NoteCount(3));
        Assert.Equal(21, stored.Members.Count);
        var trail = await service.GetAuditTrailAsync("t-1", default);
        Assert.Equal(20, trail.Count(e => e.Kind == WorkshopEventKinds.NoteAdded));
        Assert.Equal(Enumerable.Range(1, stored.Version), trail.Where(e => e.AggregateId == "w-1").Select(e => e.Sequence).Distinct().Order());
    }

    [Fact]
    public async Task UpdateWerkgroepAsync_SameNoteDeliveredTwiceConcurrently_AddsItOnce()
    {
        var service = Service;
        await StartWerkgroepWithOpenStepAsync(service);
        var anna = TestWorkshop.Participant(1);

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() =>
            service.UpdateWerkgroepAsync("w-1", (w, now) => w.AddNote(anna, "n-dup", 3, "Dubbel bezorgd", now), default))));

        var stored = await service.GetWerkgroepAsync("w-1", default);
        Assert.Equal(1, stored!.NoteCount(3));
    }

    // Holds the first `readers` werkgroep loads until all of them have loaded, so every writer starts from
    // the same ETag and the contention is certain rather than left to thread timing.
    private static HookedWorkshopStore Lockstep(IWorkshopStore store, int readers)
    {
        var allLoaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        int loads = 0;
        return new HookedWorkshopStore(store)
        {
            AfterWerkgroepLoad = async (_, cancellationToken) =>
            {
                int load = Interlocked.Increment(ref loads);
                if (load == readers)
                {
                    allLoaded.TrySetResult();
                }

                if (load <= readers)
                {
                    await allLoaded.Task.WaitAsync(cancellationToken);
                }
            },
        };
    }

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
