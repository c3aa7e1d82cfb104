using Xunit;

namespace WorkshopBot.Coaching.Tests;

/// <summary>
/// Round 12 of issue 15, results: states the lists lacked (someone to turn to, doing something oneself), taking part more
/// often as a change in behaviour, check-ups undergone (output), an organisation that acts with the change only after
/// "zodat" (output, and the content is what the organisation does), opening hours (output), staff or money added (a
/// precondition, not output), and ideal images or abstract aims that a number or horizon does not make concrete. Every
/// verdict names its words.
/// </summary>
public sealed class CoachPurposeCapacityAndIdealTests
{
    private static CriterionVerdict Verdict(string statement, string criterion) =>
        Coach.Default.AssessResult(new ResultDraft(statement))[criterion];

    [Theory]
    [InlineData("In 2028 hebben 90 weduwen in Hardenberg iemand met wie ze op zondag kunnen eten.", "iemand met wie")]
    [InlineData("Dankzij de cursus kan in 2027 65% van de deelnemers zelf zijn huurtoeslag aanvragen.", "zelf")]
    [InlineData("Over twee jaar kan 70% van de nieuwkomers in Assen zelf de website van de gemeente gebruiken.", "zelf")]
    [InlineData("In 2028 doen bewoners van De Hoef vaker mee aan de buurtmoestuin, van 15% naar 30%.", "vaker")]
    [InlineData("Over drie jaar gaat 35% van de ouderen in Borne minstens twee keer per maand naar de soos, nu nog 20%.", "per maand")]
    public void AssessResult_AStateOrTakingPartMoreOften_IsAChangeWithEvidence(string statement, string evidence)
    {
        var verdict = Verdict(statement, CriterionIds.OutcomeNotOutput);

        CoachAssert.Verdict(CriterionStatus.Passed, evidence, verdict);
    }

    [Theory]
    [InlineData("In 2027 gaat 35% van de ouderen in Borne naar de soos.", "gaat 35%")]
    [InlineData("In 2028 hebben 300 vijftigplussers in Epe een ogentest laten doen bij de opticien.", "ogentest")]
    [InlineData("Over een jaar ondergaan 200 diabetici in Ede een voetcontrole bij de podotherapeut.", "ondergaan")]
    [InlineData("Vanaf 2027 staat het buurthuis in Lemele elke avond open voor iedereen.", "open")]
    [InlineData("Het wijkteam Noord geeft vanaf 2027 opvoedcoaching aan jonge ouders, zodat in 2029 minder gezinnen in Zwolle vastlopen.", "opvoedcoaching")]
    public void AssessResult_TakingPartCheckUpOpeningHoursOrAnOrganisationsActivity_IsOutputWithEvidence(string statement, string evidence)
    {
        var verdict = Verdict(statement, CriterionIds.OutcomeNotOutput);

        CoachAssert.Verdict(CriterionStatus.Failed, evidence, verdict);
    }

    [Fact]
    public void AssessResult_OrganisationActsAndTheChangeIsOnlyAfterZodat_IsNotContentAndSaysSo()
    {
        var assessment = Coach.Default.AssessResult(new ResultDraft(
            "Het wijkteam Noord geeft vanaf 2027 opvoedcoaching aan jonge ouders, zodat in 2029 minder gezinnen in Zwolle vastlopen."));
        var verdict = assessment[CriterionIds.ContentNotProcess];

        Assert.Equal(CriterionStatus.Failed, verdict.Status);
        Assert.Contains(verdict.Evidence, e => e.Contains("wijkteam", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("zodat", verdict.Message(WorkshopBot.Domain.Localization.Language.Dutch), StringComparison.Ordinal);
        Assert.Contains("so that", verdict.Message(WorkshopBot.Domain.Localization.Language.English), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("In 2027 komen er in Raalte twee extra buurtsportcoaches bij.", "twee extra buurtsportcoaches")]
    [InlineData("Programmabegroting: 120.000 euro voor de maatjesprojecten in Olst.", "120.000 euro")]
    [InlineData("Subsidie-afspraak 2027: € 60.000 voor het buurtsportproject in Raalte.", "€ 60.000")]
    public void AssessResult_StaffOrMoneyAdded_IsAPreconditionNotOutput(string statement, string evidence)
    {
        var content = Verdict(statement, CriterionIds.ContentNotProcess);
        var outcome = Verdict(statement, CriterionIds.OutcomeNotOutput);

        CoachAssert.Verdict(CriterionStatus.Failed, evidence, content);
        Assert.Equal(CriterionStatus.Passed, outcome.Status);
    }

    [Theory]
    [InlineData("Over tien jaar is Dalfsen een groene, gezonde en zorgzame gemeente.", "gezonde")]
    [InlineData("In 2030 is Zuid een veilige en schone wijk.", "veilige en schone wijk")]
    [InlineData("Over vier jaar hebben inwoners van Ommen meer grip op hun geldzaken.", "grip op")]
    [InlineData("De aanpak Thuis in de Wijk in 2028 verder uitrollen over alle kernen.", "uitrollen")]
    [InlineData("De zelfredzaamheid in Hattem stijgt in 2028 met 15%.", "zelfredzaamheid")]
    [InlineData("In 2030 doen alle inwoners van Olst volwaardig mee, ieder naar eigen vermogen.", "volwaardig mee")]
    public void AssessResult_IdealImageOrAbstractAimWithAHorizonOrNumber_IsNotConcrete(string statement, string evidence)
    {
        var verdict = Verdict(statement, CriterionIds.Concrete);

        CoachAssert.Verdict(CriterionStatus.Failed, evidence, verdict);
    }

    [Fact]
    public void AssessResult_ResidentsFeelSafeInTheirStreet_StaysConcrete()
    {
        var verdict = Verdict("In 2028 voelt 80% van de bewoners van Ommen zich veilig in de eigen wijk.", CriterionIds.Concrete);

        Assert.Equal(CriterionStatus.Passed, verdict.Status);
    }

    [Theory]
    [InlineData("De werkgroep levert voor 15 maart 2027 een voorstel op voor de mantelzorgwaardering.")]
    [InlineData("Per 1 januari 2028 werken het wijkteam en de huisartsen in Olst met één dossier.")]
    public void AssessResult_ADayOfTheMonth_IsNoQuantity(string statement)
    {
        var verdict = Verdict(statement, CriterionIds.Measurable);

        Assert.Equal(CriterionStatus.Failed, verdict.Status);
    }
}
