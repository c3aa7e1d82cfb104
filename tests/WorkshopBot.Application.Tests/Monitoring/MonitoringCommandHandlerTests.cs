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

public sealed class MonitoringCommandHandlerTests
{
    private readonly MonitoringFixture f = new();

    private RecordMeasurement Measure(string period, decimal value, string? note = null) =>
        new(Eenzaamheid.Id, period, Value: value, Source: "Monitor Welzijn", Note: note) { CardWerkgroepId = f.Werkgroep.Id };

    [Fact]
    public async Task Owner_RecordsFromTheDueCardInAPersonalChat()
    {
        await f.SeedAsync();
        await f.SeedOwnerAsync();

        var outcome = await f.Handler.ExecuteAsync(Measure("2026-Q2", 22m), InPersonalChat(Owner, "op-1"), CancellationToken.None);

        Assert.True(outcome.IsSuccess, outcome.Error?.Message);
        var stored = (await f.Monitoring.GetAsync(f.Werkgroep.TrajectId, f.Werkgroep.Id, CancellationToken.None))!.Value;
        var measurement = stored.Current(Eenzaamheid.Id, "2026-Q2")!;
        Assert.Equal(22m, measurement.Value);
        Assert.Equal(Owner.UserId, measurement.EnteredById);
        Assert.Contains(f.Monitoring.Events, e => e.Kind == MonitoringEventKinds.MeasurementRecorded && e.ActorId == Owner.UserId);
    }

    [Fact]
    public async Task AnotherPartner_IsRefusedWithADutchMessage()
    {
        await f.SeedAsync();
        await f.SeedOwnerAsync();

        var outcome = await f.Handler.ExecuteAsync(Measure("2026-Q2", 22m), InPersonalChat(Partner, "op-1"), CancellationToken.None);

        Assert.Equal(DomainErrorCodes.NotDataOwner, outcome.Error!.Code);
        Assert.Equal(403, ErrorCatalog.StatusOf(outcome.Error.Code));
        Assert.Contains("gegevenseigenaar", ErrorCatalog.MessageFor(outcome.Error, Language.Dutch));
        Assert.Null(await f.Monitoring.GetAsync(f.Werkgroep.TrajectId, f.Werkgroep.Id, CancellationToken.None) is { } m ? m.Value.Current(Eenzaamheid.Id, "2026-Q2") : null);
    }

    [Fact]
    public async Task ACardFromAnotherTenant_IsRefused()
    {
        await f.SeedAsync();
        await f.SeedOwnerAsync();

        var outcome = await f.Handler.ExecuteAsync(Measure("2026-Q2", 22m), InPersonalChat(Owner, "op-1", tenant: "other-tenant"), CancellationToken.None);

        Assert.Equal(DomainErrorCodes.WrongWerkgroep, outcome.Error!.Code);
    }

    [Fact]
    public async Task ACardOfAnotherWerkgroep_InAWerkgroepsMeeting_IsRefused()
    {
        await f.SeedAsync();
        await f.SeedOwnerAsync();

        var outcome = await f.Handler.ExecuteAsync(Measure("2026-Q2", 22m) with { CardWerkgroepId = "w-elders" }, f.InMeeting(Owner, "op-1"), CancellationToken.None);

        Assert.Equal(DomainErrorCodes.WrongWerkgroep, outcome.Error!.Code);
    }

    [Fact]
    public async Task ARedeliveredCard_RecordsOnce_AndACorrectionKeepsHistory()
    {
        await f.SeedAsync();
        await f.SeedOwnerAsync();

        await f.Handler.ExecuteAsync(Measure("2026-Q2", 22m), InPersonalChat(Owner, "op-1"), CancellationToken.None);
        var again = await f.Handler.ExecuteAsync(Measure("2026-Q2", 22m), InPersonalChat(Owner, "op-1"), CancellationToken.None);
        var corrected = await f.Handler.ExecuteAsync(Measure("2026-Q2", 21m, "telfout"), InPersonalChat(Owner, "op-2"), CancellationToken.None);

        Assert.False(again.Value!.Changed);
        Assert.True(corrected.Value!.Changed);
        var history = corrected.Value.Monitoring.History(Eenzaamheid.Id, "2026-Q2");
        Assert.Equal([22m, 21m], history.Select(m => m.Value!.Value));
    }

    [Fact]
    public async Task TwoOwnersAtOnce_AfterAConflict_BothValuesAreKept()
    {
        await f.SeedAsync();
        await f.SeedOwnerAsync();
        f.Monitoring.ConflictsBeforeSave = 2;

        var q2 = f.Handler.ExecuteAsync(Measure("2026-Q2", 22m), InPersonalChat(Owner, "op-1"), CancellationToken.None);
        var q3 = f.Handler.ExecuteAsync(Measure("2026-Q3", 20m), InPersonalChat(Owner, "op-2"), CancellationToken.None);
        await Task.WhenAll(q2, q3);

        var stored = (await f.Monitoring.GetAsync(f.Werkgroep.TrajectId, f.Werkgroep.Id, CancellationToken.None))!.Value;
        Assert.Equal(["2026-Q2", "2026-Q3"], stored.CurrentMeasurements(Eenzaamheid.Id).Select(m => m.Period.Key));
    }

    [Fact]
    public async Task Partner_AddsAStory_AndAQuoteWithoutConsentIsRefused()
    {
        await f.SeedAsync();
        var story = new AddStory("Een vrijwilliger merkt dat nieuwe bewoners vaker aanschuiven.", StoryPerspective.Vrijwilliger, [Eenzaamheid.Id], [], Theme: "ontmoeting") { CardWerkgroepId = f.Werkgroep.Id };

        var added = await f.Handler.ExecuteAsync(story, f.InMeeting(Partner, "op-s1"), CancellationToken.None);
        var quote = await f.Handler.ExecuteAsync(story with { IsQuote = true }, f.InMeeting(Partner, "op-s2"), CancellationToken.None);

        Assert.Equal("2026-Q4", Assert.Single(added.Value!.Monitoring.Stories).Period.Key);
        Assert.Equal(DomainErrorCodes.ConsentRequired, quote.Error!.Code);
    }

    [Fact]
    public async Task Reflection_WithAnUnreadableDate_IsRefused_AndAValidOneShowsInTheView()
    {
        await f.SeedAsync();
        var bad = new RecordReflection("Minder eenzaamheid bij ouderen", "Aanbod werkt", "Ook op zaterdag", [new("Zaterdagochtend erbij", ["act-koffie"], "Jan Bakker", "1 maart")]);
        var good = bad with { Actions = [new("Zaterdagochtend erbij", ["act-koffie"], "Jan Bakker", "2027-03-01")] };

        var refused = await f.Handler.ExecuteAsync(bad, f.InMeeting(TestWorkshop.Moderator, "op-r1"), CancellationToken.None);
        var partner = await f.Handler.ExecuteAsync(good, f.InMeeting(Partner, "op-r2"), CancellationToken.None);
        var saved = await f.Handler.ExecuteAsync(good, f.InMeeting(TestWorkshop.Moderator, "op-r3"), CancellationToken.None);

        Assert.Equal(DomainErrorCodes.InvalidDeadline, refused.Error!.Code);
        Assert.Equal(DomainErrorCodes.NotModerator, partner.Error!.Code);
        var view = MonitoringProjection.Of(saved.Value!.Werkgroep, saved.Value.Monitoring, Monday10);
        var action = Assert.Single(Assert.Single(view.Reflections).Actions);
        Assert.Equal(["Koffieochtend in de bibliotheek"], action.ActivityNames);
        Assert.Equal(new DateOnly(2027, 3, 1), action.Due);
    }

    [Fact]
    public async Task Nudge_ByModerator_SendsTheOrganisationsDueCards_PartnerIsRefused()
    {
        await f.SeedAsync();
        await f.SeedOwnerAsync();

        var partner = await f.Handler.ExecuteAsync(new NudgeDataOwners("Welzijn Neder-Betuwe"), f.InMeeting(Partner, "op-n1"), CancellationToken.None);
        var nudged = await f.Handler.ExecuteAsync(new NudgeDataOwners("Welzijn Neder-Betuwe"), f.InMeeting(TestWorkshop.Moderator, "op-n2"), CancellationToken.None);

        Assert.Equal(DomainErrorCodes.NotModerator, partner.Error!.Code);
        Assert.Equal(1, nudged.Value!.CardsSent);
        var sent = Assert.Single(f.Outbox.Sent);
        Assert.Equal(Owner.TeamsId, sent.OwnerTeamsId);
        Assert.Equal(["2026-Q2", "2026-Q3"], sent.Periods);
    }
}
