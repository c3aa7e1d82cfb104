using WorkshopBot.Domain.Monitoring;
using WorkshopBot.TestKit.Domain;
using static WorkshopBot.Domain.Tests.Monitoring.MonitoringFixture;

namespace WorkshopBot.Domain.Tests.Monitoring;

public sealed class StoryAndReflectionTests
{
    private static StoryInput Story(string text, bool quote = false, bool consent = false, string? period = null) =>
        new(text, StoryPerspective.Professional, period, "eenzaamheid", [Eenzaamheid.Id], ["r-ontmoeting"], quote, consent);

    [Fact]
    public void AddStory_ByPartner_WithoutPeriod_BelongsToTheCurrentPeriodOfTheIndicator()
    {
        var story = Empty.AddStory(Scope, Jan, "s-1", Story("Bij de koffieochtend komen nu ook mannen."), Now).Ok().Stories.Single();

        Assert.Equal("2026-Q4", story.Period.Key);
        Assert.Equal(StoryPerspective.Professional, story.Perspective);
        Assert.Equal(["r-ontmoeting"], story.ResultIds);
    }

    [Fact]
    public void AddStory_ByOutsider_IsRefused() =>
        Assert.Equal(DomainErrorCodes.NotMember, Empty.AddStory(Scope, Outsider, "s-1", Story("Mooi verhaal."), Now).Code());

    [Fact]
    public void AddStory_QuoteWithoutConsent_IsRefused_WithConsent_IsKept()
    {
        Assert.Equal(DomainErrorCodes.ConsentRequired, Empty.AddStory(Scope, Jan, "s-1", Story("‘Ik kom hier elke week.’", quote: true), Now).Code());

        var story = Empty.AddStory(Scope, Jan, "s-1", Story("‘Ik kom hier elke week.’", quote: true, consent: true), Now).Ok().Stories.Single();
        Assert.True(story.IsQuote && story.ConsentGiven);
    }

    [Theory]
    [InlineData("Mevrouw is bereikbaar via j.jansen@example.nl voor meer.")]
    [InlineData("Bel haar op 06-12345678 als je wilt.")]
    [InlineData("Hij woont op 6662 AB 14 sinds vorig jaar.")]
    [InlineData("BSN 123456782 staat in het dossier.")]
    public void AddStory_WithContactDetailsOrIdNumber_IsRefused(string text) =>
        Assert.Equal(DomainErrorCodes.PersonalDataInStory, Empty.AddStory(Scope, Jan, "s-1", Story(text), Now).Code());

    [Fact]
    public void AddStory_WithNumbersThatAreNotPersonal_IsKept() =>
        Assert.Single(Empty.AddStory(Scope, Jan, "s-1", Story("In 2026 kwamen 45 van de 120 deelnemers vaker dan 3 keer."), Now).Ok().Stories);

    [Fact]
    public void AddStory_WithoutLinkOrWithUnknownIndicator_IsRefused()
    {
        Assert.Equal(DomainErrorCodes.StoryLinkRequired, Empty.AddStory(Scope, Jan, "s-1", Story("Tekst") with { IndicatorIds = [], ResultIds = [] }, Now).Code());
        Assert.Equal(DomainErrorCodes.NotFound, Empty.AddStory(Scope, Jan, "s-1", Story("Tekst") with { IndicatorIds = ["i-bestaat-niet"] }, Now).Code());
    }

    [Fact]
    public void AddStory_ForAFuturePeriod_IsRefused() =>
        Assert.Equal(DomainErrorCodes.PeriodNotStarted, Empty.AddStory(Scope, Jan, "s-1", Story("Tekst", period: "2027-Q2"), Now).Code());

    [Fact]
    public void RecordReflection_MakesImprovementActionsLinkedToActivities()
    {
        var actions = new[]
        {
            new ImprovementActionInput("Koffieochtend ook op zaterdag", ["a-koffie"], "Jan Bakker", new DateOnly(2027, 3, 1)),
            new ImprovementActionInput("Buurtcoach belt nieuwe inwoners", ["a-buurtcoach", "a-koffie"], "Fatima El Amrani", new DateOnly(2027, 2, 1)),
        };

        var change = Empty.RecordReflection(Scope, Marieke, "rf-1", "2026-Q3", "Minder eenzaamheid bij ouderen, niet bij jongeren.", "Ons aanbod bereikt jongeren niet.", "Andere tijden en plekken.", actions, Now);

        var monitoring = change.Ok();
        Assert.Equal(3, change.Value.Events.Count);
        Assert.Equal(["rf-1-a1", "rf-1-a2"], monitoring.Actions.Select(a => a.Id));
        Assert.Equal(["a-buurtcoach", "a-koffie"], monitoring.Actions[1].ActivityIds);
        Assert.All(monitoring.Actions, a => Assert.Equal("rf-1", a.ReflectionId));
    }

    [Fact]
    public void RecordReflection_ByPartner_OrWithActionWithoutActivity_OrInThePast_IsRefused()
    {
        var ok = new ImprovementActionInput("Koffieochtend ook op zaterdag", ["a-koffie"], "Jan Bakker", new DateOnly(2027, 3, 1));

        Assert.Equal(DomainErrorCodes.NotModerator, Empty.RecordReflection(Scope, Jan, "rf-1", null, "Wat we zien", "", "", [ok], Now).Code());
        Assert.Equal(DomainErrorCodes.ActivityRequired, Empty.RecordReflection(Scope, Marieke, "rf-1", null, "Wat we zien", "", "", [ok with { ActivityIds = [] }], Now).Code());
        Assert.Equal(DomainErrorCodes.NotFound, Empty.RecordReflection(Scope, Marieke, "rf-1", null, "Wat we zien", "", "", [ok with { ActivityIds = ["a-onbekend"] }], Now).Code());
        Assert.Equal(DomainErrorCodes.DeadlineInPast, Empty.RecordReflection(Scope, Marieke, "rf-1", null, "Wat we zien", "", "", [ok with { Due = new DateOnly(2026, 12, 1) }], Now).Code());
        Assert.Equal(DomainErrorCodes.EmptyText, Empty.RecordReflection(Scope, Marieke, "rf-1", null, " ", "", "", [ok], Now).Code());
    }
}
