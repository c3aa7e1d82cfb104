using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Localization;
using Xunit;

namespace WorkshopBot.Coaching.Tests;

/// <summary>
/// Round 5 of issue 15: residents in the main clause with no change named for them are output, whatever the verb.
/// The coach needs positive evidence of a change (an outcome word, a change marker or an outcome predicate) and
/// names the words that say what residents do or get when it finds none.
/// </summary>
public sealed class CoachNoChangeTests
{
    [Theory]
    [InlineData("Tachtig mantelzorgers gaan in 2027 een dag op pad met de mantelzorgwaardering.", "op pad")]
    [InlineData("In 2026 maken 60 jongeren hun eigen cv tijdens de workshops van het jongerenloket.", "maken 60 jongeren hun eigen cv")]
    [InlineData("Over een jaar lopen 80 kinderen mee in de Avondvierdaagse dankzij het Jeugdfonds.", "lopen 80 kinderen mee in de Avondvierdaagse")]
    [InlineData("De bibliotheek leent in 2026 200 laptops uit aan gezinnen zonder computer.", "De bibliotheek leent in 2026 200 laptops uit aan gezinnen")]
    public void AssessResult_ResidentsWithoutAChange_IsOutputNamingWhatTheyDoOrGet(string statement, string evidence)
    {
        var verdict = Coach.Default.AssessResult(new ResultDraft(statement))[CriterionIds.OutcomeNotOutput];

        CoachAssert.Verdict(CriterionStatus.Failed, evidence, verdict);
    }

    [Fact]
    public void AssessResult_ResidentsWithoutAChange_AsksWhatChangesForThemInBothLanguages()
    {
        var verdict = Coach.Default.AssessResult(new ResultDraft("Tachtig mantelzorgers gaan in 2027 een dag op pad met de mantelzorgwaardering."))[CriterionIds.OutcomeNotOutput];

        Assert.Contains("maar niet wat er voor hen verandert", verdict.Message(Language.Dutch), StringComparison.Ordinal);
        Assert.Contains("not what changes for them", verdict.Message(Language.English), StringComparison.Ordinal);
        Assert.Contains("gaan in 2027 een dag op pad", verdict.Message(Language.Dutch), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Over vier jaar slaapt de helft van de dak- en thuislozen niet meer op straat maar in een eigen woning.")]
    [InlineData("Over drie jaar kennen bewoners van de Componistenbuurt hun buren bij naam: 70% tegen 45% nu.")]
    [InlineData("Deelnemers van de Budgetcursus houden eind 2027 maandelijks geld over: 60 procent.")]
    [InlineData("Laaggeletterde ouders begrijpen over twee jaar de brieven van school: 8 op de 10.")]
    [InlineData("Over twee jaar raken minder huurders in de Hatertse wijken achter met de huur (min 25%).")]
    public void AssessResult_ResidentsWithAnOutcomePredicate_IsNotOutput(string statement)
    {
        var verdict = Coach.Default.AssessResult(new ResultDraft(statement))[CriterionIds.OutcomeNotOutput];

        Assert.Equal(CriterionStatus.Passed, verdict.Status);
    }

    [Theory]
    [InlineData("Jongeren die bij het jongerenwerk een gesprek hebben gehad, komen over twee jaar minder vaak in aanraking met de politie.")]
    [InlineData("Meer kinderen die meedoen met de Sportpas blijven na een jaar lid van een sportclub: over drie jaar 60%.")]
    public void AssessResult_ActivityInARelativeClauseBeforeAnOutcome_OnlySaysWhichResidents(string statement)
    {
        var verdict = Coach.Default.AssessResult(new ResultDraft(statement))[CriterionIds.OutcomeNotOutput];

        Assert.Equal(CriterionStatus.Passed, verdict.Status);
    }

    [Theory]
    [InlineData("Over een jaar krijgen alle 80-plussers die alleen wonen een verjaardagskaart van de wijkvereniging.")]
    [InlineData("Ouderen die zich eenzaam voelen, gaan in 2027 mee op de busreis van de Zonnebloem.")]
    public void AssessResult_OutcomeWordOnlyInTheRelativeClause_DoesNotRescueTheMainClause(string statement)
    {
        var verdict = Coach.Default.AssessResult(new ResultDraft(statement))[CriterionIds.OutcomeNotOutput];

        Assert.Equal(CriterionStatus.Failed, verdict.Status);
    }

    [Theory]
    [InlineData("Regie versterken", CriterionIds.Concrete)]
    [InlineData("Toegangsmedewerkers verwijzen inwoners met psychische klachten vaker door naar de POH-GGZ.", CriterionIds.ContentNotProcess)]
    [InlineData("Inwoners ervaren positieve gezondheid.", CriterionIds.Concrete)]
    public void AssessResult_ProcessOrVagueWithoutAChange_IsLeftToItsOwnCriterion(string statement, string failedCriterion)
    {
        var assessment = Coach.Default.AssessResult(new ResultDraft(statement));

        Assert.Equal(CriterionStatus.Passed, assessment[CriterionIds.OutcomeNotOutput].Status);
        Assert.Equal(CriterionStatus.Failed, assessment[failedCriterion].Status);
    }

    [Fact]
    public void AssessResult_OrganisationAsAgentOfAPassive_EndsThereSoTheOutputAndGroupAfterItCount()
    {
        var assessment = Coach.Default.AssessResult(new ResultDraft(
            "Raadsinformatiebrief: in 2026 zijn door de jongerenwerkers tweeënveertig straatgesprekken gevoerd met jongeren rond het station."));

        Assert.Equal(CriterionStatus.Failed, assessment[CriterionIds.OutcomeNotOutput].Status);
        Assert.Contains(assessment[CriterionIds.OutcomeNotOutput].Evidence, e => e.Contains("straatgesprekken", StringComparison.Ordinal));
        Assert.Equal(CriterionStatus.Passed, assessment[CriterionIds.TargetGroup].Status);
    }

    [Theory]
    [InlineData("Aantal huishoudens dat zich meldt bij het Geldpunt", "dat zich meldt bij het Geldpunt")]
    [InlineData("Aantal minima met een Gelrepas", "met een Gelrepas")]
    public void AssessIndicator_ResidentsCountedWithoutAChange_IsOutput(string name, string evidence)
    {
        var assessment = Coach.Default.AssessIndicator(new IndicatorDraft(name));

        Assert.Equal(IndicatorType.Output, assessment.Type);
        Assert.Contains(assessment.TypeEvidence, e => e.Contains(evidence, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Percentage 75-plussers dat zich eenzaam voelt")]
    [InlineData("Percentage kinderen dat lid is van een sportvereniging")]
    [InlineData("Aantal jongeren zonder startkwalificatie")]
    public void AssessIndicator_ResidentsCountedInASituation_IsOutcome(string name)
    {
        Assert.Equal(IndicatorType.Outcome, Coach.Default.AssessIndicator(new IndicatorDraft(name)).Type);
    }

    [Theory]
    [InlineData("Vijfentwintig kinderen uit gezinnen met weinig geld krijgen in 2026 een plek op de zomerschool.")]
    [InlineData("Informatiemarkt over regelingen voor inwoners met een laag inkomen: 2 x per jaar, de eerste in maart 2026.")]
    public void AssessResult_OutcomeWordOnlyAfterMetInTheGroup_SaysWhoNotWhatChanges(string statement)
    {
        Assert.Equal(CriterionStatus.Failed, Coach.Default.AssessResult(new ResultDraft(statement))[CriterionIds.OutcomeNotOutput].Status);
    }

    [Fact]
    public void AssessResult_ChatTimestamp_IsNeitherAQuantityNorAPlaceholder()
    {
        var assessment = Coach.Default.AssessResult(new ResultDraft("[09:14] Sanne: voorstel → vanaf september 2026 elke dinsdag een wandelgroep voor mensen met dementie"));

        Assert.Equal(CriterionStatus.Failed, assessment[CriterionIds.Measurable].Status);
        Assert.Equal(CriterionStatus.Passed, assessment[CriterionIds.Concrete].Status);
    }
}
