using Xunit;

namespace WorkshopBot.Coaching.Tests;

/// <summary>
/// Round 14 of issue 15. Indicator type: a state that still holds after a time, or that residents have, is outcome;
/// an event or problem counted among residents is outcome; residents in a service counted for a state are outcome;
/// partner organisations that take part are process; a film or video of an event is a story that shows output.
/// Target group: residents named by an everyday relation or role (buren, uitgaanspubliek, een nieuwe student).
/// </summary>
public sealed class CoachStatePartnersAndEverydayGroupsTests
{
    private static IndicatorAssessment Assess(string name) => Coach.Default.AssessIndicator(new IndicatorDraft(name));

    [Theory]
    [InlineData("Aandeel werkzoekenden dat na twee jaar nog bij dezelfde baan werkt", "nog")]
    [InlineData("Percentage statushouders dat na een half jaar nog zelfstandig woont", "nog zelfstandig woont")]
    [InlineData("Aandeel mantelzorgers dat voldoende tijd voor zichzelf heeft", "tijd voor zichzelf")]
    [InlineData("Aantal 80-plussers met een ziekenhuisbezoek na een val", "na een val")]
    [InlineData("Aantal gezinnen in de schuldhulpverlening met een stabiele situatie", "stabiele situatie")]
    public void AssessIndicator_AStateThatHoldsOrAnEventAmongResidents_IsOutcomeWithEvidence(string name, string evidence)
    {
        var indicator = Assess(name);

        CoachAssert.Type("outcome", evidence, indicator);
    }

    [Theory]
    [InlineData("Aantal werkgevers dat deelneemt aan het Werkgeversservicepunt")]
    [InlineData("Aantal scholen die deelnemen aan de Gezonde School-aanpak")]
    public void AssessIndicator_PartnerOrganisationsTakingPart_IsProcessWithEvidence(string name)
    {
        var indicator = Assess(name);

        Assert.Equal("process", indicator.TypeText);
        Assert.Contains(indicator.TypeEvidence, e => e.Contains("deelne", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void AssessIndicator_ResidentsStillTakingPart_StaysOutput()
    {
        var indicator = Assess("Aandeel jongeren dat na een jaar nog deelneemt aan de sportclub");

        Assert.Equal("output", indicator.TypeText);
    }

    [Theory]
    [InlineData("Filmpje van de opening van het Gezondheidscentrum")]
    [InlineData("Video van de burendag in de Vogelwijk")]
    public void AssessIndicator_AFilmOfAnEvent_IsAStoryShowingOutput(string name)
    {
        var indicator = Assess(name);

        Assert.Equal("story", indicator.ModeText);
        Assert.Equal("output", indicator.TypeText);
    }

    [Theory]
    [InlineData("In 2028 hebben buren in de Rivierenwijk minder ruzie over geluid dan nu.")]
    [InlineData("Over drie jaar drinkt een kwart minder uitgaanspubliek in Zwolle te veel alcohol.")]
    [InlineData("Vanaf 2027 voelt elke nieuwe student in Leiden zich binnen een maand thuis in de stad.")]
    public void AssessResult_ResidentsNamedByAnEverydayRelationOrRole_HaveATargetGroup(string statement)
    {
        var verdict = Coach.Default.AssessResult(new ResultDraft(statement))[CriterionIds.TargetGroup];

        Assert.Equal(CriterionStatus.Passed, verdict.Status);
        Assert.NotEmpty(verdict.Evidence);
    }

    [Fact]
    public void AssessResult_NoMorePeopleSleepingOutside_HasATargetGroup()
    {
        var verdict = Coach.Default.AssessResult(new ResultDraft("Over drie jaar zijn er in Deventer geen mensen meer dakloos."))[CriterionIds.TargetGroup];

        Assert.Equal(CriterionStatus.Passed, verdict.Status);
    }

    [Theory]
    [InlineData("Vanaf 2027 is het buurthuis voor ouderen in Zwolle zes dagen per week open.")]
    [InlineData("In 2026 is de inloop voor jongeren in Assen elke avond geopend.")]
    public void AssessResult_APlaceForAGroupThatIsOpen_HasNoTargetGroup(string statement)
    {
        var verdict = Coach.Default.AssessResult(new ResultDraft(statement))[CriterionIds.TargetGroup];

        Assert.Equal(CriterionStatus.Failed, verdict.Status);
    }
}
