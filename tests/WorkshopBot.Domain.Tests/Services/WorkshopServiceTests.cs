using WorkshopBot.Domain;
using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Services;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.TestKit.Domain;
using WorkshopBot.TestKit.Time;

namespace WorkshopBot.Domain.Tests.Services;

public sealed class WorkshopServiceTests
{
    private static readonly DateTimeOffset Now = TestWorkshop.Now;
    private static readonly Actor Moderator = TestWorkshop.Moderator;
    private static readonly Actor Anna = TestWorkshop.Participant(1);

    private readonly InMemoryWorkshopStore _store = new();
    private readonly SkipAheadTimeProvider _clock = new(Now.AddHours(2));

    [Fact]
    public async Task CreateAndStart_NewTrajectAndWerkgroep_AreStoredAndFindableByConversation()
    {
        var service = new WorkshopService(_store, _clock);

        await service.CreateTrajectAsync(now => Traject.Create("t-1", "Eenzaamheid", "Tiel", "Eenzaamheid", "tenant", null, Moderator, now), default);
        var started = await service.StartWerkgroepAsync(
            "t-1",
            (traject, now) => Werkgroep.Start(traject, "w-1", "Ontmoeting", new ConversationBinding("19:c", ConversationKind.Meeting), Moderator, now),
            default);

        Assert.True(started.IsSuccess);
        Assert.Equal("w-1", (await service.FindWerkgroepByConversationAsync("19:c", default))?.Id);
        Assert.Equal(Now.AddHours(2), (await service.GetWerkgroepAsync("w-1", default))!.CreatedAt);
    }

    [Fact]
    public async Task StartWerkgroepAsync_SameWerkgroepAgain_ReturnsStoredWithoutChange()
    {
        var service = await ServiceWithTrajectAsync();
        await StartAsync(service, "w-1", "19:c");

        var again = await StartAsync(service, "w-1", "19:c");

        Assert.True(again.IsSuccess);
        Assert.False(again.Value.HasChanges);
    }

    [Fact]
    public async Task StartWerkgroepAsync_ConversationHasOtherWerkgroep_ReturnsAlreadyExistsWithThatId()
    {
        var service = await ServiceWithTrajectAsync();
        await StartAsync(service, "w-1", "19:c");

        var second = await StartAsync(service, "w-2", "19:c");

        Assert.Equal(DomainErrorCodes.AlreadyExists, second.Error?.Code);
        Assert.Equal("w-1", second.Error?.TargetId);
    }

    [Fact]
    public async Task UpdateWerkgroepAsync_ValidOperation_SavesWithEventsAndServiceTime()
    {
        var service = await ServiceWithWerkgroepAsync();

        var result = await service.UpdateWerkgroepAsync("w-1", (w, now) => w.AddNote(Anna, "n-1", 3, "Buurtkamer", now), default);

        var stored = await service.GetWerkgroepAsync("w-1", default);
        Assert.True(result.IsSuccess);
        Assert.Equal("Buurtkamer", stored!.FindNote("n-1")!.Text);
        Assert.Equal(Now.AddHours(2), stored.FindNote("n-1")!.CreatedAt);
        Assert.Contains(await service.GetAuditTrailAsync("t-1", default), e => e.Kind == WorkshopEventKinds.NoteAdded);
    }

    [Fact]
    public async Task UpdateWerkgroepAsync_OperationFails_ReturnsErrorAndSavesNothing()
    {
        var service = await ServiceWithWerkgroepAsync();
        int saves = _store.SaveCount;

        var result = await service.UpdateWerkgroepAsync("w-1", (w, now) => w.AddNote(Anna, "n-1", 4, "In een dichte stap", now), default);

        Assert.Equal(DomainErrorCodes.StepClosed, result.Error?.Code);
        Assert.Equal(4, result.Error?.Step);
        Assert.Equal(saves, _store.SaveCount);
    }

    [Fact]
    public async Task UpdateWerkgroepAsync_NoChange_SavesNothing()
    {
        var service = await ServiceWithWerkgroepAsync();
        await service.UpdateWerkgroepAsync("w-1", (w, now) => w.AddNote(Anna, "n-1", 3, "Buurtkamer", now), default);
        int saves = _store.SaveCount;

        var again = await service.UpdateWerkgroepAsync("w-1", (w, now) => w.AddNote(Anna, "n-1", 3, "Buurtkamer", now), default);

        Assert.True(again.IsSuccess);
        Assert.Equal(saves, _store.SaveCount);
    }

    [Fact]
    public async Task UpdateWerkgroepAsync_UnknownWerkgroep_IsNotFound()
    {
        var service = new WorkshopService(_store, _clock);

        var result = await service.UpdateWerkgroepAsync("w-x", (w, now) => w.Join(Anna, now), default);

        Assert.Equal(DomainErrorCodes.NotFound, result.Error?.Code);
    }

    [Fact]
    public async Task UpdateWerkgroepAsync_SomeoneElseSavedFirst_ReappliesOnFreshStateAndKeepsBothChanges()
    {
        await ServiceWithWerkgroepAsync();
        var bram = TestWorkshop.Participant(2);
        var interfering = OtherServer.WritesBefore(_store, w => w.AddNote(bram, $"n-bram-{w.Version}", 3, "Van Bram", Now).Ok(), times: 3);
        var service = new WorkshopService(interfering, _clock);

        var result = await service.UpdateWerkgroepAsync("w-1", (w, now) => w.AddNote(Anna, "n-anna", 3, "Van Anna", now), default);

        var stored = await service.GetWerkgroepAsync("w-1", default);
        Assert.True(result.IsSuccess);
        Assert.Equal(4, interfering.WerkgroepSaves);
        Assert.Equal(4, stored!.NoteCount(3));
        Assert.NotNull(stored.FindNote("n-anna"));
    }

    [Fact]
    public async Task UpdateWerkgroepAsync_ConflictEveryTimeWithinAnUnspentBudget_GivesUpAfterMaxAttempts()
    {
        await ServiceWithWerkgroepAsync();
        var interfering = OtherServer.WritesBefore(_store, w => w.StartTimer(Moderator, 1 + (w.Version % 60), Now).Ok(), times: int.MaxValue);

        // The back-offs move the clock, and 63 of them can take longer than the 8 s budget: with an hour
        // only MaxAttempts, the backstop, can stop the retries.
        var service = new WorkshopService(interfering, _clock, WorkshopWriteOptions.PerCall with { RetryBudget = TimeSpan.FromHours(1) });

        var result = await service.UpdateWerkgroepAsync("w-1", (w, now) => w.AddNote(Anna, "n-anna", 3, "Van Anna", now), default);

        Assert.Equal(DomainErrorCodes.TooBusy, result.Error?.Code);
        Assert.Equal(WorkshopWriteOptions.PerCall.MaxAttempts, interfering.WerkgroepSaves);
        Assert.Null((await _store.GetWerkgroepAsync("w-1", default))!.Value.FindNote("n-anna"));
    }

    [Fact]
    public async Task UpdateTrajectAsync_NotModerator_ReturnsError()
    {
        var service = await ServiceWithTrajectAsync();

        var result = await service.UpdateTrajectAsync("t-1", (t, now) => t.AddReviewer(Anna, new Reviewer("29:r", "Rob", "Adviesraad"), now), default);

        Assert.Equal(DomainErrorCodes.NotModerator, result.Error?.Code);
    }

    private async Task<WorkshopService> ServiceWithTrajectAsync()
    {
        var service = new WorkshopService(_store, _clock);
        await service.CreateTrajectAsync(now => Traject.Create("t-1", "Eenzaamheid", "Tiel", "Eenzaamheid", "tenant", null, Moderator, now), default);
        return service;
    }

    private async Task<WorkshopService> ServiceWithWerkgroepAsync()
    {
        var service = await ServiceWithTrajectAsync();
        await StartAsync(service, "w-1", "19:c");
        await service.UpdateWerkgroepAsync("w-1", (w, now) => w.OpenStep(Moderator, 3, now), default);
        return service;
    }

    private static Task<DomainResult<Change<Werkgroep>>> StartAsync(WorkshopService service, string werkgroepId, string conversationId) =>
        service.StartWerkgroepAsync(
            "t-1",
            (traject, now) => Werkgroep.Start(traject, werkgroepId, "Ontmoeting", new ConversationBinding(conversationId, ConversationKind.Meeting), Moderator, now),
            default);
}
