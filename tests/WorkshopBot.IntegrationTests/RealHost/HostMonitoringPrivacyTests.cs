using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WorkshopBot.Application.Commands;
using WorkshopBot.Application.Privacy;
using WorkshopBot.Application.Werkgroepen;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Monitoring;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Privacy;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.TestKit.Azurite;
using Xunit;

namespace WorkshopBot.IntegrationTests.RealHost;

// The step 6 Monitoring table holds names too (data owners, who entered a measurement, who added a story
// or recorded a reflection, who owns an improvement action). Export, forget, traject deletion and the
// retention purge cover it like the werkgroep rows; before, all four left it untouched.
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class HostMonitoringPrivacyTests(AzuriteFixture azurite) : HostBenchTest(azurite, TimeSpan.FromSeconds(90))
{
    [Fact]
    public async Task ExportThenForget_DataOwnerWhoMeasuredAndTold_ExportHoldsItAndForgetLeavesNoIdOrNameButKeepsTheFigures()
    {
        var (trajectId, werkgroepId, fatma, _) = await StartAsync();
        var service = Service();

        // The operator knows only her Teams id; the owner row adds her object id.
        var export = await service.ExportAsync([fatma.Id], Ct);

        var data = Assert.Single(export.Monitoring);
        Assert.Equal((trajectId, werkgroepId), (data.TrajectId, data.WerkgroepId));
        Assert.Equal("Fatma Yilmaz", Assert.Single(data.AsDataOwner).Name);
        Assert.Equal(42m, Assert.Single(data.Measurements).Value);
        Assert.Single(data.Stories);
        Assert.Single(data.ImprovementActionsOwned);
        Assert.Contains(export.UserIds, id => id == fatma.AadObjectId);

        var report = await service.ForgetAsync([fatma.Id], eraseNotes: false, Ct);

        Assert.Equal(1, report.Monitoring);
        var stored = (await Monitoring.GetAsync(trajectId, werkgroepId, Ct))!.Value;
        var json = JsonSerializer.Serialize(stored);
        var audit = JsonSerializer.Serialize(await TrajectAuditAsync(trajectId));
        foreach (var personal in new[] { fatma.Id, fatma.AadObjectId, "Fatma Yilmaz" })
        {
            Assert.DoesNotContain(personal, json, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(personal, audit, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Empty(stored.Owners);
        Assert.Empty(stored.Asks);
        Assert.Equal((42m, report.Pseudonym, "Welzijn Rivierenland"), (stored.Measurements[0].Value, stored.Measurements[0].EnteredByName, stored.Measurements[0].EnteredByOrganisation));
        Assert.Equal("Bewoners voelen zich welkom bij de buurtlunch.", stored.Stories[0].Text);
        Assert.Equal(report.Pseudonym, stored.Actions[0].OwnerName);
        Assert.Contains(report.Pseudonym, stored.Reflections[0].WhatWeSee, StringComparison.Ordinal);
        Assert.Equal("Marieke Jansen", stored.Reflections[0].RecordedByName);

        var again = await service.ForgetAsync([fatma.Id, fatma.AadObjectId], eraseNotes: false, Ct);
        Assert.False(again.ChangedAnything, again.ToString());
        Assert.Empty((await service.ExportAsync([fatma.Id, fatma.AadObjectId], Ct)).Monitoring);
    }

    [Fact]
    public async Task DeleteTraject_WithMonitoring_MonitoringRowAndItsAuditAreGone()
    {
        var (trajectId, werkgroepId, _, marieke) = await StartAsync();
        var traject = (await Bench.Workshops.GetTrajectAsync(trajectId, Ct))!;
        var handler = Bench.Host.Services.GetRequiredService<TrajectDeletionHandler>();

        var deleted = await handler.DeleteAsync(new DeleteTraject(trajectId, traject.Name), new Caller(marieke.AadObjectId, marieke.Name, HostBench.TenantId, marieke.Id), Ct);

        Assert.True(deleted.IsSuccess, deleted.Error?.ToString());
        Assert.Null(await Monitoring.GetAsync(trajectId, werkgroepId, Ct));
        Assert.DoesNotContain(await Monitoring.ListAsync(Ct), m => m.Value.TrajectId == trajectId);
        Assert.Empty(await TrajectAuditAsync(trajectId));
    }

    [Fact]
    public async Task PurgeExpired_AfterTheAuditPeriod_MonitoringAuditKeepsKindsWithoutNamesOrDetails()
    {
        var (trajectId, _, fatma, _) = await StartAsync();
        var personalData = Bench.Host.Services.GetRequiredService<IPersonalDataStore>();

        await personalData.PurgeExpiredAsync(new RetentionPolicy(), DateTimeOffset.UtcNow.AddDays(800), Ct);

        var e = Assert.Single(await TrajectAuditAsync(trajectId), e => e.Kind == MonitoringEventKinds.MeasurementRecorded);
        Assert.Equal((MonitoringEventKinds.MeasurementRecorded, "", "", PersonIds.PseudonymFor(fatma.AadObjectId)), (e.Kind, e.ActorName, e.Details, e.ActorId));
    }

    private IMonitoringStore Monitoring => Bench.Host.Services.GetRequiredService<IMonitoringStore>();

    // A werkgroep (Marieke moderates, Fatma is a member) whose monitoring row names Fatma everywhere it
    // can: data owner, an ask, a measurement, a story, an action she owns and a reflection that names her.
    private async Task<(string TrajectId, string WerkgroepId, HostUser Fatma, HostUser Marieke)> StartAsync()
    {
        var conversation = HostBench.NewConversationId();
        var marieke = HostBench.User("Marieke Jansen");
        var fatma = HostBench.User("Fatma Yilmaz");
        var werkgroepId = await Bench.StartWerkgroepWithOpenStepAsync(conversation, marieke, Ct);
        await Bench.PostAsync(Bench.Message(conversation, fatma, "organisatie Welzijn Rivierenland"), Ct);
        var trajectId = (await Bench.WerkgroepAsync(werkgroepId, Ct)).TrajectId;
        var now = DateTimeOffset.UtcNow;
        var period = MonitoringPeriod.Containing(MonitoringFrequency.Quarterly, now).Previous();
        var cycle = WerkgroepMonitoring.Empty(trajectId, werkgroepId) with
        {
            Version = 1,
            UpdatedAt = now,
            Owners = [new DataOwner("i-1", fatma.AadObjectId, "Fatma Yilmaz", "Welzijn Rivierenland", fatma.Id, period.FirstDay, now)],
            Asks = [new DueAsk("i-1", period.Key, fatma.AadObjectId, now, now, 1)],
            Measurements =
            [
                new Measurement
                {
                    Id = "m-1", IndicatorId = "i-1", Period = period, Value = 42m, EnteredById = fatma.AadObjectId, EnteredByName = "Fatma Yilmaz",
                    EnteredByOrganisation = "Welzijn Rivierenland", EnteredAt = now,
                },
            ],
            Stories =
            [
                new Story
                {
                    Id = "s-1", Text = "Bewoners voelen zich welkom bij de buurtlunch.", Perspective = StoryPerspective.Professional, Period = period,
                    IndicatorIds = ["i-1"], AddedById = fatma.AadObjectId, AddedByName = "Fatma Yilmaz", AddedAt = now,
                },
            ],
            Reflections =
            [
                new Reflection
                {
                    Id = "r-1", WhatWeSee = "Fatma Yilmaz zag meer bezoekers.", WhatItMeans = "De lunch werkt.", WhatWeChange = "Vaker organiseren.",
                    RecordedById = marieke.AadObjectId, RecordedByName = "Marieke Jansen", RecordedAt = now,
                },
            ],
            Actions = [new ImprovementAction { Id = "a-1", ReflectionId = "r-1", Text = "Tweede lunch per maand", OwnerName = "Fatma Yilmaz", Due = period.LastDay.AddMonths(6), CreatedAt = now }],
        };
        var events = new[] { new WorkshopEvent(trajectId, werkgroepId, 1, MonitoringEventKinds.MeasurementRecorded, fatma.AadObjectId, "Fatma Yilmaz", now, $"i-1 {period.Key} by {fatma.Id}") };
        Assert.True((await Monitoring.SaveAsync(cycle, null, events, Ct)).IsSaved);
        return (trajectId, werkgroepId, fatma, marieke);
    }

    // Every audit event of the traject, the Monitoring partition's included, read through the privacy port
    // (a rewrite that changes nothing).
    private async Task<IReadOnlyList<WorkshopEvent>> TrajectAuditAsync(string trajectId)
    {
        var seen = new List<WorkshopEvent>();
        await Bench.Host.Services.GetRequiredService<IPersonalDataStore>().RewriteAuditAsync(trajectId, e => { seen.Add(e); return e; }, Ct);
        return seen;
    }

    private PersonalDataService Service() => new(
        Bench.Host.Services.GetRequiredService<IWorkshopStore>(),
        Bench.Host.Services.GetRequiredService<ISummaryReviewStore>(),
        Bench.Host.Services.GetRequiredService<IMonitoringStore>(),
        Bench.Host.Services.GetRequiredService<IPersonalDataStore>(),
        TimeProvider.System);
}
