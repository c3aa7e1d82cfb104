using WorkshopBot.Domain.Items;
using Xunit;

namespace WorkshopBot.Coaching.Tests;

/// <summary>
/// Round 11 of issue 15, indicators: counted residents in a situation named without a verb ("met een huurschuld",
/// "onder de armoedegrens") are outcome unless the phrase names a service, helper or product; a sanction in the passive
/// is outcome and a referral in the passive is output; money the residents pay off is theirs (outcome), money they
/// receive is output; a mark given by partners, days until the first contact and MDO's are process; an occupancy
/// percentage is output, counted, with a unit. Every verdict names its words.
/// </summary>
public sealed class CoachIndicatorSituationTests
{
    private static IndicatorAssessment Assess(string name) => Coach.Default.AssessIndicator(new IndicatorDraft(name));

    [Theory]
    [InlineData("Aantal jongeren met een huurschuld bij de corporatie", "met een huurschuld")]
    [InlineData("Percentage 65-plussers zonder een dagelijkse warme maaltijd", "zonder een dagelijkse warme maaltijd")]
    [InlineData("Aandeel gezinnen onder de armoedegrens", "onder de armoedegrens")]
    [InlineData("Aantal tieners dat opnieuw wordt geschorst op school", "geschorst")]
    [InlineData("Gemiddeld bedrag dat gezinnen per maand aflossen op hun schulden", "dat gezinnen per maand aflossen")]
    public void AssessIndicator_ResidentsInASituation_IsOutcomeWithEvidence(string name, string evidence)
    {
        var indicator = Assess(name);

        CoachAssert.Type("outcome", evidence, indicator);
    }

    [Theory]
    [InlineData("Aantal ouderen met een maaltijdmaatje", "maaltijdmaatje")]
    [InlineData("Aantal minima met een Stadspas", "Stadspas")]
    [InlineData("Percentage ouderen dat wordt doorverwezen naar de valpreventiecursus", "doorverwezen")]
    [InlineData("Gemiddeld bedrag dat minima ontvangen aan bijzondere bijstand", "ontvangen")]
    [InlineData("Bezettingspercentage van de nachtopvang", "Bezettingspercentage")]
    public void AssessIndicator_ServiceProductReferralOrOccupancy_IsOutputWithEvidence(string name, string evidence)
    {
        var indicator = Assess(name);

        CoachAssert.Type("output", evidence, indicator);
    }

    [Theory]
    [InlineData("Rapportcijfer van ketenpartners voor de samenwerking in het jeugdnetwerk", "ketenpartners")]
    [InlineData("Gemiddeld aantal werkdagen tot het eerste contact met de schuldhulpverlener", "werkdagen tot")]
    [InlineData("Aantal MDO's per wijk per kwartaal", "MDO's")]
    [InlineData("Aantal buurtoverleggen met de wijkagent", "buurtoverleggen")]
    [InlineData("Aantal MDO's over jongeren met schulden per kwartaal", "MDO's")]
    public void AssessIndicator_PartnersMarkFirstContactOrMeetings_IsProcessWithEvidence(string name, string evidence)
    {
        var indicator = Assess(name);

        CoachAssert.Type("process", evidence, indicator);
    }

    [Fact]
    public void AssessIndicator_PercentageInsideACompound_IsACountWithAUnit()
    {
        var indicator = Assess("Slagingspercentage van de inburgeraars");

        Assert.Equal(IndicatorKind.Tellen, indicator.Mode);
        Assert.Equal(CriterionStatus.Passed, indicator[CriterionIds.Unit].Status);
    }
}

/// <summary>
/// Round 11: the share rule for results, the indicator share rule and contact with a service read one lexicon list of
/// services and professionals, so a group that adds a word there changes all three.
/// </summary>
public sealed class CoachServiceWordsTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("coach-services-").FullName;

    [Fact]
    public void AssessIndicator_ServiceWordAddedByAGroup_TurnsContactIntoUse()
    {
        const string Name = "Aantal ouderen in contact met een valpreventist";
        Assert.NotEqual("output", Coach.Default.AssessIndicator(new IndicatorDraft(Name)).TypeText);

        File.WriteAllText(Path.Combine(directory, "diensten.json"), """{ "serviceWords": ["*preventist"] }""");
        var coach = new Coach(CoachLexicon.Load(directory));
        var indicator = coach.AssessIndicator(new IndicatorDraft(Name));

        Assert.Equal("output", indicator.TypeText);
        Assert.Contains(indicator.TypeEvidence, e => e.Contains("valpreventist", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void AssessResult_ServiceWordAddedByAGroup_MakesGoingThereTakingPart()
    {
        const string Statement = "In 2028 belt 60% van de ouderen in Ede elke week met de valpreventist.";
        Assert.Equal(CriterionStatus.Passed, Coach.Default.AssessResult(new ResultDraft(Statement))[CriterionIds.OutcomeNotOutput].Status);

        File.WriteAllText(Path.Combine(directory, "diensten.json"), """{ "serviceWords": ["*preventist"] }""");
        var coach = new Coach(CoachLexicon.Load(directory));

        Assert.Equal(CriterionStatus.Failed, coach.AssessResult(new ResultDraft(Statement))[CriterionIds.OutcomeNotOutput].Status);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
