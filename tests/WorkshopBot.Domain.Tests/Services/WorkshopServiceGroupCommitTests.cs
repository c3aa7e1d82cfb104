using WorkshopBot.Domain;
using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Services;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.TestKit.Domain;
using WorkshopBot.TestKit.Time;

namespace WorkshopBot.Domain.Tests.Services;

// WorkshopService with WorkshopWriteOptions.GroupCommit, as the host runs it.
public sealed class WorkshopServiceGroupCommitTests
{
    private static readonly DateTimeOffset Now = TestWorkshop.Now;
    private static readonly Actor Moderator = TestWorkshop.Moderator;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private static readonly Actor[] Participants = Enumerable.Range(1, 7).Select(i => TestWorkshop.Participant(i, $"Organisatie {i % 3}")).ToArray();

    private readonly InMemoryWorkshopStore _store = new();
    private readonly SkipAheadTimeProvider _clock = new(Now.AddHours(2));

    [Fact]
    public async Task UpdateWerkgroepAsync_ThirtyNotesWhileASaveIsInFlight_AllLandInTwoSaves()
    {
        var gate = new SaveGate();
        var service = await ServiceWithWerkgroepAsync(gate.Around(_store), WorkshopWriteOptions.GroupCommit);
        gate.HoldNextSave();

        var first = AddNote(service, 0);
        await gate.Holding.WaitAsync(Wait);
        var others = Enumerable.Range(1, 29).Select(i => AddNote(service, i)).ToArray();
        gate.Release();
        var results = await Task.WhenAll(others.Prepend(first)).WaitAsync(Wait);

        Assert.All(results, r => Assert.True(r.IsSuccess, r.Error?.Code));
        Assert.Equal([1, 29], gate.EventsPerSave.TakeLast(2));
        var stored = await service.GetWerkgroepAsync("w-1", default);
        Assert.Equal(30, stored!.NoteCount(3));
        var added = (await service.GetAuditTrailAsync("t-1", default)).Where(e => e.Kind == WorkshopEventKinds.NoteAdded).ToArray();
        Assert.Equal(30, added.Length);
        Assert.Equal(30, added.Select(e => e.Sequence).Distinct().Count());
    }

    [Fact]
    public async Task UpdateWerkgroepAsync_EachCallerInABatch_GetsTheStateAfterItsOwnOperation()
    {
        var gate = new SaveGate();
        var service = await ServiceWithWerkgroepAsync(gate.Around(_store), WorkshopWriteOptions.GroupCommit);
        gate.HoldNextSave();

        var first = AddNote(service, 0);
        await gate.Holding.WaitAsync(Wait);
        var second = AddNote(service, 1);
        var third = AddNote(service, 2);
        gate.Release();

        Assert.Equal(2, (await second.WaitAsync(Wait)).Value.Aggregate.NoteCount(3));
        Assert.Equal(3, (await third.WaitAsync(Wait)).Value.Aggregate.NoteCount(3));
        Assert.Equal(1, (await first.WaitAsync(Wait)).Value.Aggregate.NoteCount(3));
    }

    [Fact]
    public async Task UpdateWerkgroepAsync_OneOperationInTheBatchFails_OthersAreSavedAndItGetsItsOwnError()
    {
        var gate = new SaveGate();
        var service = await ServiceWithWerkgroepAsync(gate.Around(_store), WorkshopWriteOptions.GroupCommit);
        gate.HoldNextSave();
        var anna = TestWorkshop.Participant(1);

        var first = AddNote(service, 0);
        await gate.Holding.WaitAsync(Wait);
        var closedStep = service.UpdateWerkgroepAsync("w-1", (w, now) => w.AddNote(anna, "n-closed", 4, "In een dichte stap", now), default);
        var after = AddNote(service, 1);
        gate.Release();

        Assert.True((await first.WaitAsync(Wait)).IsSuccess);
        Assert.Equal(DomainErrorCodes.StepClosed, (await closedStep.WaitAsync(Wait)).Error?.Code);
        Assert.True((await after.WaitAsync(Wait)).IsSuccess);
        var stored = await service.GetWerkgroepAsync("w-1", default);
        Assert.Equal(2, stored!.NoteCount(3));
        Assert.Null(stored.FindNote("n-closed"));
    }

    [Fact]
    public async Task UpdateWerkgroepAsync_SameNoteRedeliveredInOneBatch_StoresItOnce()
    {
        var gate = new SaveGate();
        var service = await ServiceWithWerkgroepAsync(gate.Around(_store), WorkshopWriteOptions.GroupCommit);
        gate.HoldNextSave();

        var first = AddNote(service, 0);
        await gate.Holding.WaitAsync(Wait);
        var once = AddNote(service, 7);
        var again = AddNote(service, 7);
        gate.Release();
        var results = await Task.WhenAll(first, once, again).WaitAsync(Wait);

        Assert.All(results, r => Assert.True(r.IsSuccess, r.Error?.Code));
        Assert.False(results[2].Value.HasChanges);
        var stored = await service.GetWerkgroepAsync("w-1", default);
        Assert.Equal(2, stored!.NoteCount(3));
        Assert.Equal(2, (await service.GetAuditTrailAsync("t-1", default)).Count(e => e.Kind == WorkshopEventKinds.NoteAdded));
    }

    [Fact]
    public async Task UpdateWerkgroepAsync_MoreEventsThanOneSaveHolds_SplitsOverSavesInArrivalOrder()
    {
        var gate = new SaveGate();
        var service = await ServiceWithWerkgroepAsync(gate.Around(_store), WorkshopWriteOptions.GroupCommit with { MaxEventsPerSave = 4 });
        gate.HoldNextSave();

        var first = AddNote(service, 0);
        await gate.Holding.WaitAsync(Wait);
        var others = Enumerable.Range(1, 10).Select(i => AddNote(service, i)).ToArray();
        gate.Release();
        var results = await Task.WhenAll(others.Prepend(first)).WaitAsync(Wait);

        Assert.All(results, r => Assert.True(r.IsSuccess, r.Error?.Code));
        Assert.Equal([1, 4, 4, 2], gate.EventsPerSave.TakeLast(4));
        var addedInOrder = (await service.GetAuditTrailAsync("t-1", default))
            .Where(e => e.Kind == WorkshopEventKinds.NoteAdded)
            .OrderBy(e => e.Sequence)
            .Select(e => e.Details);
        Assert.Equal(Enumerable.Range(0, 11).Select(i => $"note n-{i} in step 3"), addedInOrder);
    }

    [Fact]
    public async Task UpdateWerkgroepAsync_AnotherInstanceWritesBetween_ReappliesTheBatchAndKeepsEveryChange()
    {
        await ServiceWithWerkgroepAsync(_store, WorkshopWriteOptions.PerCall);
        var bram = TestWorkshop.Participant(2);
        var interfering = OtherServer.WritesBefore(_store, w => w.AddNote(bram, $"n-bram-{w.Version}", 3, "Van Bram", Now).Ok(), times: 3);
        var service = new WorkshopService(interfering, _clock, WorkshopWriteOptions.GroupCommit);

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() => AddNote(service, i)))).WaitAsync(Wait);

        Assert.All(results, r => Assert.True(r.IsSuccess, r.Error?.Code));
        var stored = await service.GetWerkgroepAsync("w-1", default);
        Assert.Equal(13, stored!.NoteCount(3));
        Assert.All(Enumerable.Range(0, 10), i => Assert.NotNull(stored.FindNote($"n-{i}")));
    }

    [Fact]
    public async Task UpdateWerkgroepAsync_OperationThrows_OnlyThatCallerSeesTheException()
    {
        var gate = new SaveGate();
        var service = await ServiceWithWerkgroepAsync(gate.Around(_store), WorkshopWriteOptions.GroupCommit);
        gate.HoldNextSave();

        var first = AddNote(service, 0);
        await gate.Holding.WaitAsync(Wait);
        var throwing = service.UpdateWerkgroepAsync("w-1", (_, _) => throw new InvalidOperationException("bug in an operation"), default);
        var after = AddNote(service, 1);
        gate.Release();

        await Assert.ThrowsAsync<InvalidOperationException>(() => throwing.WaitAsync(Wait));
        Assert.True((await first.WaitAsync(Wait)).IsSuccess);
        Assert.True((await after.WaitAsync(Wait)).IsSuccess);
        Assert.Equal(2, (await service.GetWerkgroepAsync("w-1", default))!.NoteCount(3));
    }

    [Fact]
    public async Task UpdateWerkgroepAsync_StorageFailsOneSaveOfTheBatch_OnlyThoseCallersSeeTheException()
    {
        var gate = new SaveGate();
        var service = await ServiceWithWerkgroepAsync(gate.Around(_store), WorkshopWriteOptions.GroupCommit with { MaxEventsPerSave = 1 });
        gate.HoldNextSave();

        var first = AddNote(service, 0);
        await gate.Holding.WaitAsync(Wait);
        var failing = AddNote(service, 1);
        var after = AddNote(service, 2);
        gate.FailSave(2);
        gate.Release();

        Assert.True((await first.WaitAsync(Wait)).IsSuccess);
        await Assert.ThrowsAsync<InvalidOperationException>(() => failing.WaitAsync(Wait));
        Assert.True((await after.WaitAsync(Wait)).IsSuccess);
        var stored = await service.GetWerkgroepAsync("w-1", default);
        Assert.Null(stored!.FindNote("n-1"));
        Assert.NotNull(stored.FindNote("n-2"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(64)]
    public async Task UpdateWerkgroepAsync_ConflictsForLongerThanTheBudget_GivesUpTooBusyWithinTheBudget(int maxBatchSize)
    {
        await ServiceWithWerkgroepAsync(_store, WorkshopWriteOptions.PerCall);
        var clock = new SkipAheadTimeProvider(Now.AddHours(2));
        var options = new WorkshopWriteOptions { MaxBatchSize = maxBatchSize, RetryBudget = TimeSpan.FromSeconds(3), MaxAttempts = 10_000 };
        var interfering = OtherServer.WritesBefore(_store, w => w.StartTimer(Moderator, 1 + (w.Version % 60), Now).Ok(), times: int.MaxValue);
        var service = new WorkshopService(interfering, clock, options);

        var result = await service.UpdateWerkgroepAsync("w-1", (w, now) => w.AddNote(TestWorkshop.Participant(1), "n-anna", 3, "Van Anna", now), default).WaitAsync(Wait);

        Assert.Equal(DomainErrorCodes.TooBusy, result.Error?.Code);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(2.5), TimeSpan.FromSeconds(3));
        Assert.InRange(interfering.WerkgroepSaves, 12, 9_999);
        Assert.Null((await _store.GetWerkgroepAsync("w-1", default))!.Value.FindNote("n-anna"));
    }

    private static Task<DomainResult<Change<Werkgroep>>> AddNote(WorkshopService service, int i)
    {
        var actor = Participants[i % Participants.Length];
        return service.UpdateWerkgroepAsync("w-1", (w, now) => w.AddNote(actor, $"n-{i}", 3, $"Idee {i}", now), default);
    }

    private async Task<WorkshopService> ServiceWithWerkgroepAsync(WorkshopBot.Domain.Ports.IWorkshopStore store, WorkshopWriteOptions options)
    {
        var service = new WorkshopService(store, _clock, options);
        await service.CreateTrajectAsync(now => Traject.Create("t-1", "Eenzaamheid", "Tiel", "Eenzaamheid", "tenant", null, Moderator, now), default);
        await service.StartWerkgroepAsync(
            "t-1",
            (traject, now) => Werkgroep.Start(traject, "w-1", "Ontmoeting", new ConversationBinding("19:c", ConversationKind.Meeting), Moderator, now),
            default);
        await service.UpdateWerkgroepAsync("w-1", (w, now) => w.OpenStep(Moderator, 3, now), default);

        // Everyone joins up front, so each added note is exactly one event.
        foreach (var actor in Participants)
        {
            await service.UpdateWerkgroepAsync("w-1", (w, now) => w.Join(actor, now), default);
        }

        return service;
    }
}
