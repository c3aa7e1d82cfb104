using Xunit;
using WorkshopBot.Application.Commands;
using WorkshopBot.Application.Monitoring;
using WorkshopBot.Domain.Summaries;
using static WorkshopBot.Application.Tests.Monitoring.MonitoringFixture;

namespace WorkshopBot.Application.Tests.Monitoring;

public sealed class DataOwnerDueHandlerTests
{
    private readonly MonitoringFixture f = new();

    [Fact]
    public async Task InOfficeHours_TheOwnerGetsOneCardForTheMissingPeriods_NotAgainTheSameWeek()
    {
        await f.SeedAsync();
        await f.SeedOwnerAsync();

        var first = await f.DueHandler.RunOnceAsync(CancellationToken.None);
        f.Clock.Advance(TimeSpan.FromDays(1));
        var second = await f.DueHandler.RunOnceAsync(CancellationToken.None);

        Assert.Equal(1, first.Sent);
        Assert.Equal(0, second.Sent);
        var card = Assert.Single(f.Outbox.Sent);
        Assert.Equal((f.Werkgroep.Id, Owner.TeamsId!, Eenzaamheid.Id), (card.WerkgroepId, card.OwnerTeamsId, card.IndicatorId));
        Assert.Equal(["2026-Q2", "2026-Q3"], card.Periods);
    }

    [Fact]
    public async Task AfterTheOwnerDelivered_NothingIsAsked()
    {
        await f.SeedAsync();
        await f.SeedOwnerAsync();
        foreach (var (period, op) in new[] { ("2026-Q2", "op-1"), ("2026-Q3", "op-2") })
        {
            await f.Handler.ExecuteAsync(new RecordMeasurement(Eenzaamheid.Id, period, Value: 20m) { CardWerkgroepId = f.Werkgroep.Id }, InPersonalChat(Owner, op), CancellationToken.None);
        }

        var run = await f.DueHandler.RunOnceAsync(CancellationToken.None);

        Assert.Equal(0, run.Sent);
        Assert.Empty(f.Outbox.Sent);
    }

    [Fact]
    public async Task AtNightAndInTheWeekend_NothingIsSent()
    {
        await f.SeedAsync();
        await f.SeedOwnerAsync();

        f.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 14, 19, 0, 0, TimeSpan.Zero)); // 20:00 Amsterdam
        var night = await f.DueHandler.RunOnceAsync(CancellationToken.None);
        f.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 19, 10, 0, 0, TimeSpan.Zero)); // Saturday
        var saturday = await f.DueHandler.RunOnceAsync(CancellationToken.None);

        Assert.Equal(0, night.Sent + saturday.Sent);
        Assert.Empty(f.Outbox.Sent);
    }

    [Fact]
    public async Task TwoInstancesAtOnce_SendTheCardOnce()
    {
        await f.SeedAsync();
        await f.SeedOwnerAsync();
        var other = new DataOwnerDueHandler(f.Monitoring, f.Workshops, f.Outbox, ReminderPolicy.Default, f.Clock);

        await Task.WhenAll(f.DueHandler.RunOnceAsync(CancellationToken.None), other.RunOnceAsync(CancellationToken.None));

        Assert.Single(f.Outbox.Sent);
    }
}
