using WorkshopBot.Domain.Monitoring;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.TestKit.Domain;
using static WorkshopBot.Domain.Tests.Monitoring.MonitoringFixture;

namespace WorkshopBot.Domain.Tests.Monitoring;

public sealed class WerkgroepMonitoringTests
{
    private static readonly MeasurementInput TwentyTwo = new(22m, null, null, "Monitor Welzijn", null);

    [Fact]
    public void AssignDataOwner_ByPartner_IsRefused() =>
        Assert.Equal(DomainErrorCodes.NotModerator, Empty.AssignDataOwner(Scope, Jan, Eenzaamheid.Id, Jan.UserId, null, Now).Code());

    [Fact]
    public void AssignDataOwner_OutsideTheWerkgroep_IsRefused() =>
        Assert.Equal(DomainErrorCodes.NotMember, Empty.AssignDataOwner(Scope, Marieke, Eenzaamheid.Id, Outsider.UserId, null, Now).Code());

    [Fact]
    public void AssignDataOwner_KeepsTheMembersTeamsIdAndOrganisation()
    {
        var owner = WithOwner().OwnerOf(Eenzaamheid.Id)!;

        Assert.Equal(Jan.UserId, owner.UserId);
        Assert.Equal("29:1Yk2jan0Cd", owner.TeamsId);
        Assert.Equal("Welzijn Neder-Betuwe", owner.Organisation);
    }

    [Fact]
    public void RecordMeasurement_ByAnotherPartner_IsRefused() =>
        Assert.Equal(DomainErrorCodes.NotDataOwner, WithOwner().RecordMeasurement(Scope, Fatima, "m-1", Eenzaamheid.Id, "2026-Q2", TwentyTwo, Now).Code());

    [Fact]
    public void RecordMeasurement_ByModerator_IsAllowed() =>
        Assert.NotNull(WithOwner().RecordMeasurement(Scope, Marieke, "m-1", Eenzaamheid.Id, "2026-Q2", TwentyTwo, Now).Ok().Current(Eenzaamheid.Id, "2026-Q2"));

    [Fact]
    public void RecordMeasurement_ForAPeriodThatHasNotStarted_IsRefused() =>
        Assert.Equal(DomainErrorCodes.PeriodNotStarted, WithOwner().RecordMeasurement(Scope, Jan, "m-1", Eenzaamheid.Id, "2027-Q1", TwentyTwo, Now).Code());

    [Fact]
    public void RecordMeasurement_WithAPeriodOfAnotherFrequency_IsRefused() =>
        Assert.Equal(DomainErrorCodes.InvalidValue, WithOwner().RecordMeasurement(Scope, Jan, "m-1", Eenzaamheid.Id, "2026-M05", TwentyTwo, Now).Code());

    [Theory]
    [InlineData(null, null, null)]
    [InlineData(3.0, 10.0, 40.0)]
    [InlineData(null, 10.0, null)]
    [InlineData(null, 10.0, 0.0)]
    public void RecordMeasurement_NeitherValueNorFraction_IsRefused(double? value, double? numerator, double? denominator)
    {
        var input = new MeasurementInput((decimal?)value, (decimal?)numerator, (decimal?)denominator, null, null);

        Assert.Equal(DomainErrorCodes.InvalidMeasurement, WithOwner().RecordMeasurement(Scope, Jan, "m-1", Eenzaamheid.Id, "2026-Q2", input, Now).Code());
    }

    [Fact]
    public void RecordMeasurement_Fraction_HasTheQuotientAsValue()
    {
        var input = new MeasurementInput(null, 46m, 200m, "Enquête", "steekproef 200 inwoners");

        var m = WithOwner().RecordMeasurement(Scope, Jan, "m-1", Eenzaamheid.Id, "2026-Q2", input, Now).Ok().Current(Eenzaamheid.Id, "2026-Q2")!;

        Assert.Equal(0.23m, m.Effective);
        Assert.Equal(Jan.UserId, m.EnteredById);
        Assert.Equal("Welzijn Neder-Betuwe", m.EnteredByOrganisation);
        Assert.Equal(Now, m.EnteredAt);
    }

    [Fact]
    public void Correction_SupersedesAndKeepsTheOldValueInHistory()
    {
        var first = WithOwner().RecordMeasurement(Scope, Jan, "m-1", Eenzaamheid.Id, "2026-Q2", TwentyTwo, Now).Ok();
        var later = Now.AddDays(2);

        var corrected = first.RecordMeasurement(Scope, Jan, "m-2", Eenzaamheid.Id, "2026-Q2", TwentyTwo with { Value = 21m, Note = "telfout" }, later);

        Assert.Equal(MonitoringEventKinds.MeasurementCorrected, Assert.Single(corrected.Value.Events).Kind);
        var monitoring = corrected.Ok();
        Assert.Equal(21m, monitoring.Current(Eenzaamheid.Id, "2026-Q2")!.Value);
        var history = monitoring.History(Eenzaamheid.Id, "2026-Q2");
        Assert.Equal(["m-1", "m-2"], history.Select(m => m.Id));
        Assert.Equal("m-2", history[0].SupersededById);
        Assert.Equal("m-1", history[1].SupersedesId);
        Assert.Equal(22m, history[0].Value);
        Assert.Single(monitoring.CurrentMeasurements(Eenzaamheid.Id));
    }

    [Fact]
    public void RecordMeasurement_Redelivered_ChangesNothing()
    {
        var once = WithOwner().RecordMeasurement(Scope, Jan, "m-1", Eenzaamheid.Id, "2026-Q2", TwentyTwo, Now).Ok();

        var twice = once.RecordMeasurement(Scope, Jan, "m-1", Eenzaamheid.Id, "2026-Q2", TwentyTwo with { Value = 99m }, Now);

        Assert.False(twice.Value.HasChanges);
        Assert.Equal(22m, twice.Value.Aggregate.Current(Eenzaamheid.Id, "2026-Q2")!.Value);
    }

    [Fact]
    public void Missing_ListsEveryEndedPeriodWithoutAValue_AndOverdueAfterFourWeeks()
    {
        var monitoring = WithOwner().RecordMeasurement(Scope, Jan, "m-1", Eenzaamheid.Id, "2026-Q2", TwentyTwo, Now).Ok();

        var missing = monitoring.Missing(Scope, Now).Where(d => d.IndicatorId == Eenzaamheid.Id).ToList();

        var q3 = Assert.Single(missing);
        Assert.Equal("2026-Q3", q3.Period.Key);
        Assert.True(q3.Overdue); // Q3 ended 1 October; due by 29 October.
        Assert.False(monitoring.Missing(Scope, new DateTimeOffset(2026, 10, 5, 9, 0, 0, TimeSpan.Zero)).Single(d => d.IndicatorId == Eenzaamheid.Id).Overdue);
    }

    [Fact]
    public void MissingByOrganisation_ShowsIndicatorsWithoutOwnerUnderTheDefinitionSheetsOrganisation()
    {
        var groups = WithOwner().MissingByOrganisation(Scope, Now);

        Assert.Equal(["MEE cliëntondersteuning", "Welzijn Neder-Betuwe"], groups.Select(g => g.Key));
        var mee = Assert.Single(groups[0]);
        Assert.Null(mee.Owner);
        Assert.Equal(Ervaringen.Id, mee.IndicatorId);
        Assert.Equal(["i-bereik", "i-eenzaam", "i-eenzaam"], groups[1].Select(d => d.IndicatorId));
    }

    [Fact]
    public void Vertellen_IsDeliveredByAStoryInThePeriod()
    {
        var owned = WithOwner().AssignDataOwner(Scope, Marieke, Ervaringen.Id, Fatima.UserId, new DateOnly(2026, 1, 1), Now).Ok();
        Assert.Contains(owned.Missing(Scope, Now), d => d.IndicatorId == Ervaringen.Id && d.Period.Key == "2026-H1");

        var story = new StoryInput("Een mantelzorger vertelt dat ze eindelijk weet waar ze terecht kan.", StoryPerspective.Inwoner, "2026-Q2", "mantelzorg", [Ervaringen.Id], [], false, false);
        var told = owned.AddStory(Scope, Fatima, "s-1", story, Now).Ok();

        Assert.DoesNotContain(told.Missing(Scope, Now), d => d.IndicatorId == Ervaringen.Id);
    }

    [Fact]
    public void DueRequests_OnlyInOfficeHours_AndNotAgainWithinAWeek()
    {
        var monitoring = WithOwner();
        var saturday = new DateTimeOffset(2026, 12, 12, 10, 0, 0, TimeSpan.Zero);
        var evening = new DateTimeOffset(2026, 12, 14, 17, 0, 0, TimeSpan.Zero); // 18:00 in Amsterdam
        Assert.Empty(monitoring.DueRequests(Scope, saturday, ReminderPolicy.Default));
        Assert.Empty(monitoring.DueRequests(Scope, evening, ReminderPolicy.Default));

        var request = Assert.Single(monitoring.DueRequests(Scope, Now, ReminderPolicy.Default));
        Assert.Equal(Jan.UserId, request.Owner.UserId);
        Assert.Equal(["2026-Q2", "2026-Q3"], request.Periods.Select(p => p.Key));

        var asked = monitoring.MarkAsked([request], Marieke, Now).Aggregate;
        Assert.Empty(asked.DueRequests(Scope, Now.AddDays(6), ReminderPolicy.Default));
        Assert.Single(asked.DueRequests(Scope, Now.AddDays(7), ReminderPolicy.Default));
    }

    [Fact]
    public void Nudge_ByModerator_AsksOneOrganisationNowWhateverTheInterval()
    {
        var monitoring = WithOwner();
        var asked = monitoring.MarkAsked(monitoring.DueRequests(Scope, Now, ReminderPolicy.Default), Marieke, Now).Aggregate;

        Assert.Equal(DomainErrorCodes.NotModerator, asked.Nudge(Scope, Jan, null, Now).Code());
        Assert.Empty(asked.Nudge(Scope, Marieke, "MEE cliëntondersteuning", Now).Value);
        var nudged = Assert.Single(asked.Nudge(Scope, Marieke, "welzijn neder-betuwe", Now.AddHours(1)).Value);
        Assert.Equal(Eenzaamheid.Id, nudged.IndicatorId);

        var twice = asked.MarkAsked([nudged], Marieke, Now.AddHours(1)).Aggregate;
        Assert.All(twice.Asks.Where(a => a.IndicatorId == Eenzaamheid.Id), a => Assert.Equal(2, a.Times));
    }
}
