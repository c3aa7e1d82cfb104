using Xunit;
using WorkshopBot.Application.Commands;
using WorkshopBot.Application.Errors;
using WorkshopBot.Application.Projections;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Monitoring;
using WorkshopBot.TestKit.Domain;
using static WorkshopBot.Application.Tests.Monitoring.MonitoringFixture;

namespace WorkshopBot.Application.Tests.Monitoring;

// Stories linked to results and indicators, and the improvement cycle: several actions per reflection,
// marked done by their owner or a moderator, the next reflection starting from them.
public sealed class MonitoringCycleTests
{
    private readonly MonitoringFixture f = new();

    private RecordReflection Reflection(params ImprovementActionDraft[] actions) =>
        new("Minder eenzaamheid bij ouderen", "Het aanbod werkt", "Ook op zaterdag", actions) { CardWerkgroepId = f.Werkgroep.Id };

    [Fact]
    public async Task AStoryLinkedOnlyToAResult_IsGroupedUnderThatResult_NotUnderItsIndicators()
    {
        await f.SeedAsync();
        var toResult = new AddStory("Een buurvrouw neemt haar nieuwe buren mee naar de soos.", StoryPerspective.Vrijwilliger, [], ["res-ontmoeting"]) { CardWerkgroepId = f.Werkgroep.Id };
        var toIndicator = new AddStory("Bezoekers komen vaker dan één keer.", StoryPerspective.Professional, [Bezoekers.Id], []) { CardWerkgroepId = f.Werkgroep.Id };
        await f.Handler.ExecuteAsync(toResult, f.InMeeting(Partner, "op-s1"), CancellationToken.None);
        var outcome = await f.Handler.ExecuteAsync(toIndicator, f.InMeeting(Partner, "op-s2"), CancellationToken.None);

        var view = MonitoringProjection.Of(outcome.Value!.Werkgroep, outcome.Value.Monitoring, Monday10);

        var stories = view.StoriesByPeriod.SelectMany(p => p.Stories).ToDictionary(s => s.Text[..10]);
        var result = view.StoriesByResult[0];
        Assert.Equal(("res-ontmoeting", "Inwoners voelen zich minder eenzaam"), (result.ResultId, result.ResultStatement));
        Assert.Equal([stories["Een buurvr"].Id], result.StoryIds);
        var withoutResult = view.StoriesByResult[1];
        Assert.Null(withoutResult.ResultId);
        Assert.Equal([stories["Bezoekers "].Id], withoutResult.StoryIds);
        Assert.Empty(view.Indicators.Single(i => i.Id == Eenzaamheid.Id).StoryIds);
        Assert.Equal([stories["Bezoekers "].Id], view.Indicators.Single(i => i.Id == Bezoekers.Id).StoryIds);
    }

    [Fact]
    public async Task AStoryWithoutAnyLink_IsRefusedInDutch()
    {
        await f.SeedAsync();
        var story = new AddStory("Een verhaal zonder koppeling.", StoryPerspective.Inwoner, [], []) { CardWerkgroepId = f.Werkgroep.Id };

        var outcome = await f.Handler.ExecuteAsync(story, f.InMeeting(Partner, "op-s1"), CancellationToken.None);

        Assert.Equal(DomainErrorCodes.StoryLinkRequired, outcome.Error!.Code);
        Assert.Contains("resultaat", ErrorCatalog.MessageFor(outcome.Error, Language.Dutch));
    }

    [Fact]
    public async Task Reflection_WithTwoActions_TheOwnerMarksTheirsDone_AnotherPartnerIsRefused_TheViewShowsBoth()
    {
        await f.SeedAsync();
        var saved = await f.Handler.ExecuteAsync(
            Reflection(
                new("Zaterdagochtend erbij", ["act-koffie"], "", "2027-03-01", Owner.UserId),
                new("Buurtcoach belt nieuwe inwoners", ["act-coach"], "Piet de Buurtcoach", "2027-02-01")),
            f.InMeeting(TestWorkshop.Moderator, "op-r1"),
            CancellationToken.None);
        var ids = saved.Value!.Monitoring.Actions.Select(a => a.Id).ToArray();

        var partner = await f.Handler.ExecuteAsync(new CompleteImprovementAction(ids[0]) { CardWerkgroepId = f.Werkgroep.Id }, f.InMeeting(Partner, "op-d1"), CancellationToken.None);
        var owner = await f.Handler.ExecuteAsync(new CompleteImprovementAction(ids[0]) { CardWerkgroepId = f.Werkgroep.Id }, f.InMeeting(Owner, "op-d2"), CancellationToken.None);

        Assert.Equal(DomainErrorCodes.NotActionOwner, partner.Error!.Code);
        Assert.Equal(403, ErrorCatalog.StatusOf(partner.Error.Code));
        Assert.Contains("moderator", ErrorCatalog.MessageFor(partner.Error, Language.Dutch));
        var actions = Assert.Single(MonitoringProjection.Of(owner.Value!.Werkgroep, owner.Value.Monitoring, Monday10).Reflections).Actions;
        Assert.Equal([(true, Owner.DisplayName, (string?)Owner.UserId), (false, "Piet de Buurtcoach", null)], actions.Select(a => (a.Done, a.OwnerName, a.OwnerId)));
    }

    [Fact]
    public async Task MarkingDone_AfterAConflict_KeepsTheOtherChange()
    {
        await f.SeedAsync();
        var saved = await f.Handler.ExecuteAsync(Reflection(new ImprovementActionDraft("Zaterdagochtend erbij", ["act-koffie"], "", "2027-03-01", Owner.UserId)), f.InMeeting(TestWorkshop.Moderator, "op-r1"), CancellationToken.None);
        f.Monitoring.ConflictsBeforeSave = 1;

        var done = f.Handler.ExecuteAsync(new CompleteImprovementAction(saved.Value!.Monitoring.Actions[0].Id) { CardWerkgroepId = f.Werkgroep.Id }, f.InMeeting(Owner, "op-d1"), CancellationToken.None);
        var story = f.Handler.ExecuteAsync(new AddStory("Een vrijwilliger ziet nieuwe gezichten.", StoryPerspective.Vrijwilliger, [Eenzaamheid.Id], []) { CardWerkgroepId = f.Werkgroep.Id }, f.InMeeting(Partner, "op-s1"), CancellationToken.None);
        await Task.WhenAll(done, story);

        var stored = (await f.Monitoring.GetAsync(f.Werkgroep.TrajectId, f.Werkgroep.Id, CancellationToken.None))!.Value;
        Assert.True(stored.Actions[0].Done);
        Assert.Single(stored.Stories);
    }

    [Fact]
    public async Task AnUnknownAction_IsRefusedAsNotFound()
    {
        await f.SeedAsync();

        var outcome = await f.Handler.ExecuteAsync(new CompleteImprovementAction("rf-bestaat-niet-a1") { CardWerkgroepId = f.Werkgroep.Id }, f.InMeeting(TestWorkshop.Moderator, "op-d1"), CancellationToken.None);

        Assert.Equal(DomainErrorCodes.NotFound, outcome.Error!.Code);
    }
}
