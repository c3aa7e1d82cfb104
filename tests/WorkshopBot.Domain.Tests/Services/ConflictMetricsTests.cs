using WorkshopBot.Domain.Services;
using WorkshopBot.Domain.Telemetry;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.TestKit.Domain;
using WorkshopBot.TestKit.Hosting;
using WorkshopBot.TestKit.Time;

namespace WorkshopBot.Domain.Tests.Services;

// What an operator sees of lost ETag races: each reload is counted once as "retried", a write that keeps
// losing once as "gave-up" (the user got "too-busy"), tagged with the aggregate kind.
public sealed class ConflictMetricsTests : IDisposable
{
    private static readonly DateTimeOffset Now = TestWorkshop.Now;
    private static readonly Actor Moderator = TestWorkshop.Moderator;
    private static readonly Actor Anna = TestWorkshop.Participant(1);

    private readonly InMemoryWorkshopStore _store = new();
    private readonly SkipAheadTimeProvider _clock = new(Now.AddHours(2));
    private readonly MetricRecorder _recorder = MetricRecorder.Standalone();

    public void Dispose() => _recorder.Dispose();

    [Fact]
    public async Task UpdateWerkgroepAsync_TwoLostRaces_CountsTwoRetriedConflictsAndNoGiveUp()
    {
        await StartWerkgroepAsync();
        var interfering = OtherServer.WritesBefore(_store, w => w.AddNote(TestWorkshop.Participant(2), $"n-bram-{w.Version}", 3, "Van Bram", Now).Ok(), times: 2);
        var service = new WorkshopService(interfering, _clock, metrics: _recorder.Metrics);

        var result = await service.UpdateWerkgroepAsync("w-1", (w, now) => w.AddNote(Anna, "n-anna", 3, "Van Anna", now), default);

        Assert.True(result.IsSuccess);
        Assert.Equal(2, _recorder.Sum(WorkshopMetrics.StorageConflicts, (WorkshopMetrics.Aggregate, "Werkgroep"), (WorkshopMetrics.Outcome, WorkshopMetrics.Retried)));
        Assert.Equal(0, _recorder.Count(WorkshopMetrics.StorageConflicts, (WorkshopMetrics.Outcome, WorkshopMetrics.GaveUp)));
    }

    [Fact]
    public async Task UpdateWerkgroepAsync_GroupCommitLosingEveryRace_CountsOneGiveUp()
    {
        await StartWerkgroepAsync();
        var interfering = OtherServer.WritesBefore(_store, w => w.StartTimer(Moderator, 1 + (w.Version % 60), Now).Ok(), times: int.MaxValue);
        var options = WorkshopWriteOptions.GroupCommit with { RetryBudget = TimeSpan.FromHours(1) };
        var service = new WorkshopService(interfering, _clock, options, _recorder.Metrics);

        var result = await service.UpdateWerkgroepAsync("w-1", (w, now) => w.AddNote(Anna, "n-anna", 3, "Van Anna", now), default);

        Assert.Equal(DomainErrorCodes.TooBusy, result.Error?.Code);
        Assert.Equal(1, _recorder.Sum(WorkshopMetrics.StorageConflicts, (WorkshopMetrics.Aggregate, "Werkgroep"), (WorkshopMetrics.Outcome, WorkshopMetrics.GaveUp)));
        Assert.Equal(interfering.WerkgroepSaves - 1, _recorder.Sum(WorkshopMetrics.StorageConflicts, (WorkshopMetrics.Outcome, WorkshopMetrics.Retried)));
    }

    private async Task StartWerkgroepAsync()
    {
        var service = new WorkshopService(_store, _clock);
        await service.CreateTrajectAsync(now => Traject.Create("t-1", "Eenzaamheid", "Tiel", "Eenzaamheid", "tenant", null, Moderator, now), default);
        await service.StartWerkgroepAsync(
            "t-1",
            (traject, now) => Werkgroep.Start(traject, "w-1", "Ontmoeting", new ConversationBinding("19:c", ConversationKind.Meeting), Moderator, now),
            default);
        await service.UpdateWerkgroepAsync("w-1", (w, now) => w.OpenStep(Moderator, 3, now), default);
    }
}
