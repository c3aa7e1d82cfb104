using Xunit;

namespace WorkshopBot.Coaching.Tests;

/// <summary>
/// Round 13 of issue 15, results (outcome-not-output): using a substance is behaviour, using a service is output; a skill
/// said with "kan/weten + doing or explaining" is a change; going to an ordinary place at a rhythm or doing voluntary work
/// is behaviour, taking part in a project's activity is output; an outcome word in a training's name does not rescue it;
/// an organisation that builds delivers output; a werkgroep's question is no result. Every verdict names its words.
/// </summary>
public sealed class CoachSubstanceSkillAndVisitTests
{
    private static CriterionVerdict Verdict(string statement) =>
        Coach.Default.AssessResult(new ResultDraft(statement))[CriterionIds.OutcomeNotOutput];

    [Theory]
    [InlineData("In 2029 gebruikt nog maar 7% van de scholieren in Gouda dagelijks een vape (2025: 14%).", "vape")]
    [InlineData("Over drie jaar gebruiken 20 procent minder 75-plussers in Venlo elke nacht slaapmiddelen.", "slaapmiddelen")]
    [InlineData("In 2028 gebruikt een kwart minder jongeren in Hoorn in het weekend drugs.", "drugs")]
    [InlineData("In 2028 drinkt 30% minder jongeren in Hoorn wekelijks alcohol.", "alcohol")]
    public void AssessResult_UsingASubstance_IsBehaviourWithEvidence(string statement, string evidence)
    {
        var verdict = Verdict(statement);

        CoachAssert.Verdict(CriterionStatus.Passed, evidence, verdict);
    }

    [Theory]
    [InlineData("In 2028 gebruiken 300 ouderen in Venlo de boodschappendienst van de bieb.", "gebruiken")]
    [InlineData("In 2027 maken 150 gezinnen in Hoorn gebruik van de voedselbank.", "gebruik van")]
    public void AssessResult_UsingAServiceOrProvision_IsOutputWithEvidence(string statement, string evidence)
    {
        var verdict = Verdict(statement);

        CoachAssert.Verdict(CriterionStatus.Failed, evidence, verdict);
    }

    [Theory]
    [InlineData("Over twee jaar kan 60% van de mantelzorgers in Uden uitleggen welke respijtzorg er is.", "uitleggen")]
    [InlineData("In 2028 weten 300 ouders in Ede hoe ze hun kind helpen bij het huiswerk.", "weten")]
    [InlineData("In 2028 gaat 45% van de kinderen in Oss elke week naar de sportclub, nu nog 30%.", "elke week")]
    [InlineData("In 2028 doen 40 statushouders in Doetinchem vrijwilligerswerk bij een sportclub.", "vrijwilligerswerk")]
    [InlineData("In 2028 bezoekt de helft van de ouderen met een beperking in Meppel nog wekelijks het zwembad.", "wekelijks")]
    [InlineData("Over drie jaar gaat 40% van de nieuwkomers in Emmen maandelijks naar de bibliotheek, nu nog 15%.", "maandelijks")]
    public void AssessResult_ASkillVoluntaryWorkOrVisitingAnOrdinaryPlaceAtARhythm_IsAChangeWithEvidence(string statement, string evidence)
    {
        var verdict = Verdict(statement);

        Assert.Equal(CriterionStatus.Passed, verdict.Status);
        Assert.NotEmpty(verdict.Evidence);
        Assert.Contains(evidence, statement, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("In 2027 hebben 250 mantelzorgers in Zeist meegedaan aan de cursus Grenzen stellen en ontspannen.", "meegedaan aan de cursus")]
    [InlineData("In 2027 volgen 45 medewerkers van de thuiszorg en de bibliotheek de workshop Signaleren van eenzaamheid.", "workshop")]
    [InlineData("In 2027 volgen 80 mantelzorgers van mensen met dementie in Ede de training Omgaan met stress.", "training")]
    [InlineData("In 2027 nemen 120 jongeren in Gouda deel aan de workshop Weerbaar online.", "workshop")]
    [InlineData("In 2028 bezoeken 200 ouderen in Meppel wekelijks de koffieochtend in het buurthuis.", "bezoeken")]
    [InlineData("In 2027 bouwt de woningcorporatie in Tiel 40 levensloopbestendige appartementen voor senioren.", "bouwt")]
    public void AssessResult_ATrainingNamedAfterAnOutcomeAProjectsActivityOrBuilding_IsOutputWithEvidence(string statement, string evidence)
    {
        var verdict = Verdict(statement);

        CoachAssert.Verdict(CriterionStatus.Failed, evidence, verdict);
    }

    [Fact]
    public void AssessResult_MeetingsHeldByProfessionals_AreProcessNotOutput()
    {
        var assessment = Coach.Default.AssessResult(new ResultDraft("In 2027 hielden de jeugdteams in Venlo 300 casusoverleggen over gezinnen met schulden."));

        Assert.Equal(CriterionStatus.Passed, assessment[CriterionIds.OutcomeNotOutput].Status);
        Assert.Equal(CriterionStatus.Failed, assessment[CriterionIds.ContentNotProcess].Status);
        Assert.Contains(assessment[CriterionIds.ContentNotProcess].Evidence, e => e.Contains("casusoverleggen", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void AssessResult_AWerkgroepQuestion_NamesNoOutput()
    {
        var verdict = Verdict("wg armoede: hoe bereiken we de gezinnen die nu geen toeslag aanvragen?");

        Assert.Equal(CriterionStatus.Passed, verdict.Status);
        Assert.DoesNotContain(verdict.Evidence, e => e.Contains("bereiken", StringComparison.OrdinalIgnoreCase));
    }
}
