using Xunit;

namespace WorkshopBot.Coaching.Tests;

/// <summary>
/// Round 9 of issue 15: a sentence-initial activity phrase ("Na de cursus …", "Bij de inloop …", "Met hulp van …",
/// "Door mee te doen aan …") is a time frame or a means; its activity is not output, it ends at the main clause's
/// verb (also a verb the lexicons do not know), and the residents after it are the target group. The first part of
/// "context; result" is context, not a second result.
/// </summary>
public sealed class CoachLeadingPhraseTests
{
    [Theory]
    [InlineData("Na de cursus Slim met Geld zet in 2028 45% van de deelnemende gezinnen elke maand iets opzij.")]
    [InlineData("Na afloop van de weerbaarheidstraining zeggen in 2027 twee op de drie meiden vaker nee tegen groepsdruk.")]
    [InlineData("Bij de inloop op dinsdag leren buurtbewoners elkaar kennen: in 2028 groet 70% van hen de buren bij naam.")]
    [InlineData("Met hulp van een digimaatje regelen in 2027 zestig ouderen hun bankzaken zelf.")]
    [InlineData("Door mee te doen aan de kookworkshops koken in 2028 veertig alleenstaande mannen vaker een verse maaltijd.")]
    [InlineData("Tijdens de zomerschool halen 70 kinderen in 2027 hun leesachterstand in.")]
    public void AssessResult_LeadingActivityPhrase_IsNoOutput(string statement)
    {
        var verdict = Coach.Default.AssessResult(new ResultDraft(statement))[CriterionIds.OutcomeNotOutput];

        Assert.Equal(CriterionStatus.Passed, verdict.Status);
    }

    [Theory]
    [InlineData("Dankzij de budgetmaatjes van de Zonnebloem openen 35 ouderen in 2027 hun post weer binnen een week.", "ouderen")]
    [InlineData("Via het Stadsloket keren in 2028 veertig thuiszitters terug naar een opleiding.", "thuiszitters")]
    [InlineData("Na de training Grip op je Geld houden deelnemende huurders in 2028 gemiddeld €30 per maand over.", "huurders")]
    public void AssessResult_ResidentsAfterAnUnknownInvertedVerb_AreTheTargetGroup(string statement, string group)
    {
        var verdict = Coach.Default.AssessResult(new ResultDraft(statement))[CriterionIds.TargetGroup];

        Assert.Equal(CriterionStatus.Passed, verdict.Status);
        Assert.Contains(verdict.Evidence, e => e.Contains(group, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Na twee jaar heeft 60% van de statushouders een baan.")]
    [InlineData("Bij ouderen in Putten daalt in 2028 het aantal valpartijen met een kwart.")]
    public void AssessResult_HorizonOrResidentsAfterTheFirstWord_AreNoLeadingActivity(string statement)
    {
        var assessment = Coach.Default.AssessResult(new ResultDraft(statement));

        Assert.Equal(CriterionStatus.Passed, assessment[CriterionIds.TargetGroup].Status);
        Assert.Equal(CriterionStatus.Passed, assessment[CriterionIds.TimeBound].Status);
    }

    [Fact]
    public void AssessResult_LeadingPhraseBeforeAnOutput_StillFindsTheOutput()
    {
        var verdict = Coach.Default.AssessResult(new ResultDraft("Na de zomer volgen in 2027 80 ouders de cursus Opvoeden in Twee Culturen."))[CriterionIds.OutcomeNotOutput];

        Assert.Equal(CriterionStatus.Failed, verdict.Status);
        Assert.Contains(verdict.Evidence, e => e.Contains("volgen", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void AssessResult_ContextBeforeASemicolon_IsOneResult()
    {
        var assessment = Coach.Default.AssessResult(new ResultDraft(
            "In de Praatkamer oefenen nieuwkomers wekelijks Nederlands; over drie jaar belt 50% van hen zelf met de huisarts."));

        Assert.Equal(CriterionStatus.Passed, assessment[CriterionIds.SingleResult].Status);
        Assert.Equal(CriterionStatus.Passed, assessment[CriterionIds.OutcomeNotOutput].Status);
    }

    [Fact]
    public void AssessResult_TwoChangesAroundASemicolon_StayTwoResults()
    {
        var verdict = Coach.Default.AssessResult(new ResultDraft(
            "Ouderen voelen zich minder eenzaam; in 2028 sporten 40% meer jongeren wekelijks."))[CriterionIds.SingleResult];

        Assert.Equal(CriterionStatus.Failed, verdict.Status);
    }

    [Fact]
    public void AssessResult_RelativeClauseClosedByAComma_IsOneResult()
    {
        var verdict = Coach.Default.AssessResult(new ResultDraft(
            "Kinderen die de Sport en Spel-club hebben bezocht, vallen in 2028 20% minder vaak uit bij hun vereniging."))[CriterionIds.SingleResult];

        Assert.Equal(CriterionStatus.Passed, verdict.Status);
    }

    [Fact]
    public void AssessResult_TwoResultsJoinedByCommaEn_AreTwoResults()
    {
        var verdict = Coach.Default.AssessResult(new ResultDraft(
            "Over drie jaar voelt 70% van de scholieren zich veilig in de klas, en 80% van de ouders is tevreden over de school."))[CriterionIds.SingleResult];

        Assert.Equal(CriterionStatus.Failed, verdict.Status);
    }

    [Fact]
    public void AssessResult_CourseNameWithAnAmpersandInTheRelativeClause_OnlySaysWhichResidents()
    {
        var verdict = Coach.Default.AssessResult(new ResultDraft(
            "Ouders die de training Boos & Blij hebben gevolgd, straffen in 2028 minder vaak met slaan."))[CriterionIds.OutcomeNotOutput];

        Assert.Equal(CriterionStatus.Passed, verdict.Status);
    }
}
