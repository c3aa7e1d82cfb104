using Xunit;
using WorkshopBot.Application.Commands;
using WorkshopBot.Application.Projections;
using WorkshopBot.Domain.Monitoring;
using WorkshopBot.TestKit.Domain;
using static WorkshopBot.Application.Tests.Monitoring.MonitoringFixture;

namespace WorkshopBot.Application.Tests.Monitoring;

public sealed class MonitoringProjectionTests
{
    private readonly MonitoringFixture f = new();

    [Fact]
    public async Task View_HasBaselineTargetDirection_ValuesByPeriod_WithCorrectionsAsHistory()
    {
        await f.SeedAsync();
        await f.SeedOwnerAsync();
        var measurements = new (string Period, decimal Value, string Op)[] { ("2026-Q3", 20m, "op-1"), ("2026-Q2", 22m, "op-2"), ("2026-Q2", 23m, "op-3") };
        foreach (var (period, value, op) in measurements)
        {
            await f.Handler.ExecuteAsync(new RecordMeasurement(Eenzaamheid.Id, period, Value: value) { CardWerkgroepId = f.Werkgroep.Id }, InPersonalChat(Owner, op), CancellationToken.None);
        }

        var loaded = await f.Handler.LoadAsync(f.Werkgroep.Id, f.InMeeting(TestWorkshop.Moderator, "op-view"), CancellationToken.None);
        var view = MonitoringProjection.Of(loaded.Value!.Werkgroep, loaded.Value.Monitoring, loaded.Value.At);

        var indicator = view.Indicators.Single(i => i.Id == Eenzaamheid.Id);
        Assert.Equal((24m, 18m, Domain.Items.IndicatorDirection.Down), (indicator.BaselineValue, indicator.TargetValue, indicator.Direction));
        Assert.Equal(MonitoringFrequency.Quarterly, indicator.Frequency);
        Assert.Equal("Inwoners voelen zich minder eenzaam", indicator.ResultStatement);
        Assert.Equal(["2026-Q2", "2026-Q3"], indicator.Periods.Select(p => p.PeriodKey));
        Assert.Equal(23m, indicator.Periods[0].Value);
        Assert.Equal(22m, Assert.Single(indicator.Periods[0].History).Value);
        Assert.Equal(Owner.DisplayName, indicator.OwnerName);
    }

    [Fact]
    public async Task NeedToKnowFilter_LeavesOutNiceToKnowIndicators_EverywhereInTheView()
    {
        await f.SeedAsync();

        var all = MonitoringProjection.Of(f.Werkgroep, WerkgroepMonitoring.Empty("t-1", f.Werkgroep.Id), Monday10);
        var needed = MonitoringProjection.Of(f.Werkgroep, WerkgroepMonitoring.Empty("t-1", f.Werkgroep.Id), Monday10, NeedFilter.NeedToKnowOnly);

        Assert.Equal([Eenzaamheid.Id, Bezoekers.Id], all.Indicators.Select(i => i.Id));
        Assert.Equal([Eenzaamheid.Id], needed.Indicators.Select(i => i.Id));
        Assert.Contains(all.Missing.SelectMany(m => m.Items), i => i.IndicatorId == Bezoekers.Id);
        Assert.DoesNotContain(needed.Missing.SelectMany(m => m.Items), i => i.IndicatorId == Bezoekers.Id);
        Assert.DoesNotContain(needed.RegistrationBurden.SelectMany(b => b.Lines), l => l.IndicatorId == Bezoekers.Id);
    }

    [Fact]
    public async Task ForGuests_NoPersonNames_AndNoWordsOfAStoryWithoutConsent_QuotesWithConsentStay()
    {
        await f.SeedAsync();
        await f.SeedOwnerAsync();
        await f.Handler.ExecuteAsync(new RecordMeasurement(Eenzaamheid.Id, "2026-Q3", Value: 21m) { CardWerkgroepId = f.Werkgroep.Id }, InPersonalChat(Owner, "op-g1"), CancellationToken.None);
        const string Told = "Haar buurman spreekt sinds de zomer niemand meer.";
        const string Quoted = "Sinds de koffieochtend heb ik weer iemand om mee te praten.";
        await f.Handler.ExecuteAsync(new AddStory(Told, StoryPerspective.Professional, [Eenzaamheid.Id], [], Period: "2026-Q3") { CardWerkgroepId = f.Werkgroep.Id }, f.InMeeting(Partner, "op-g2"), CancellationToken.None);
        await f.Handler.ExecuteAsync(new AddStory(Quoted, StoryPerspective.Inwoner, [Eenzaamheid.Id], [], Period: "2026-Q3", IsQuote: true, ConsentGiven: true) { CardWerkgroepId = f.Werkgroep.Id }, f.InMeeting(Partner, "op-g3"), CancellationToken.None);
        var reflected = await f.Handler.ExecuteAsync(
            new RecordReflection("Eenzaamheid daalt", null, null, [new("Zaterdagochtend erbij", ["act-koffie"], "Jan Bakker", "2027-03-01")]),
            f.InMeeting(TestWorkshop.Moderator, "op-g4"),
            CancellationToken.None);
        var member = MonitoringProjection.Of(reflected.Value!.Werkgroep, reflected.Value.Monitoring, Monday10);

        var guest = MonitoringProjection.ForGuests(member);

        var stories = guest.StoriesByPeriod.SelectMany(p => p.Stories).ToList();
        Assert.Equal(["", Quoted], stories.Select(s => s.Text));
        Assert.Equal([true, false], stories.Select(s => s.TextWithheld));
        Assert.Equal(StoryPerspective.Professional, stories[0].Perspective);
        Assert.Equal(member.StoriesByResult, guest.StoriesByResult);
        var indicator = guest.Indicators.Single(i => i.Id == Eenzaamheid.Id);
        Assert.Null(indicator.OwnerName);
        Assert.Equal(21m, Assert.Single(indicator.Periods).Value);
        Assert.Equal("", indicator.Periods[0].EnteredByName);
        var reflection = Assert.Single(guest.Reflections);
        Assert.Equal(("", ""), (reflection.RecordedByName, Assert.Single(reflection.Actions).OwnerName));
        Assert.Equal("Zaterdagochtend erbij", reflection.Actions[0].Text);
        Assert.Contains(Told, member.StoriesByPeriod.SelectMany(p => p.Stories).Select(s => s.Text));
        Assert.Equal("Jan Bakker", member.Reflections[0].Actions[0].OwnerName);
    }

    [Fact]
    public async Task StoriesAreGroupedByPeriod_AndLinkedToTheirIndicator()
    {
        await f.SeedAsync();
        var story = new AddStory("Een inwoner vertelt dat de koffieochtend haar week structuur geeft.", StoryPerspective.Inwoner, [Eenzaamheid.Id], [], Period: "2026-Q3") { CardWerkgroepId = f.Werkgroep.Id };
        var outcome = await f.Handler.ExecuteAsync(story, f.InMeeting(Partner, "op-s1"), CancellationToken.None);

        var view = MonitoringProjection.Of(outcome.Value!.Werkgroep, outcome.Value.Monitoring, Monday10);

        var period = Assert.Single(view.StoriesByPeriod);
        Assert.Equal("2026-Q3", period.PeriodKey);
        Assert.Equal(StoryPerspective.Inwoner, Assert.Single(period.Stories).Perspective);
        Assert.Equal([period.Stories[0].Id], view.Indicators.Single(i => i.Id == Eenzaamheid.Id).StoryIds);
    }

    // The chart endpoints project one indicator: it must be exactly the indicator (and stories) of the full view,
    // and filtered out or unknown the same way.
    [Fact]
    public async Task Indicator_IsTheIndicatorOfTheFullView_WithItsStories_AndRespectsTheFilter()
    {
        await f.SeedAsync();
        await f.SeedOwnerAsync();
        await f.Handler.ExecuteAsync(new RecordMeasurement(Eenzaamheid.Id, "2026-Q3", Value: 20m) { CardWerkgroepId = f.Werkgroep.Id }, InPersonalChat(Owner, "op-m1"), CancellationToken.None);
        await f.Handler.ExecuteAsync(new RecordMeasurement(Eenzaamheid.Id, "2026-Q3", Value: 21m) { CardWerkgroepId = f.Werkgroep.Id }, InPersonalChat(Owner, "op-m2"), CancellationToken.None);
        await f.Handler.ExecuteAsync(new AddStory("Mevrouw komt nu elke week naar de soos.", StoryPerspective.Vrijwilliger, [Eenzaamheid.Id, Bezoekers.Id], [], Period: "2026-Q3") { CardWerkgroepId = f.Werkgroep.Id }, f.InMeeting(Partner, "op-s1"), CancellationToken.None);
        var outcome = await f.Handler.ExecuteAsync(new AddStory("De buurtbus rijdt weer op dinsdag.", StoryPerspective.Professional, [Bezoekers.Id], [], Period: "2026-Q2") { CardWerkgroepId = f.Werkgroep.Id }, f.InMeeting(Partner, "op-s2"), CancellationToken.None);
        var (werkgroep, monitoring) = (outcome.Value!.Werkgroep, outcome.Value.Monitoring);

        var full = MonitoringProjection.Of(werkgroep, monitoring, Monday10);
        var stories = full.StoriesByPeriod.SelectMany(p => p.Stories).ToDictionary(s => s.Id);
        foreach (var expected in full.Indicators)
        {
            var one = MonitoringProjection.Indicator(werkgroep, monitoring, expected.Id);

            Assert.NotNull(one);
            Assert.Equal(Json(expected), Json(one.Indicator));
            Assert.Equal(expected.StoryIds.Select(id => Json(stories[id])), one.Stories.Select(Json));
        }

        Assert.Equal(2, MonitoringProjection.Indicator(werkgroep, monitoring, Bezoekers.Id)!.Stories.Count);
        Assert.Null(MonitoringProjection.Indicator(werkgroep, monitoring, Bezoekers.Id, NeedFilter.NeedToKnowOnly));
        Assert.NotNull(MonitoringProjection.Indicator(werkgroep, monitoring, Eenzaamheid.Id, NeedFilter.NeedToKnowOnly));
        Assert.Null(MonitoringProjection.Indicator(werkgroep, monitoring, "ind-9f3b2c7d1e0a4b56"));
    }

    private static string Json<T>(T value) => System.Text.Json.JsonSerializer.Serialize(value);

    [Theory]
    [InlineData("24%", 24.0)]
    [InlineData("18,5 per 100 inwoners", 18.5)]
    [InlineData("ca. 300", 300.0)]
    [InlineData("nog te bepalen", null)]
    public void NumberIn_BaselineOrTargetText(string text, double? expected) =>
        Assert.Equal((decimal?)expected, MonitoringProjection.NumberIn(text));
}
