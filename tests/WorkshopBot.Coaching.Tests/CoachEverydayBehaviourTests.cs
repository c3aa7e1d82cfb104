using Xunit;

namespace WorkshopBot.Coaching.Tests;

/// <summary>
/// Round 16 of issue 15. Ordinary behaviour is not using a service: using an everyday object, travelling to an ordinary
/// place at a rhythm, spending one's own time, having a steady doctor, place or job; a participle in the group's qualifier
/// only says who; cases handled in time are process, not a delivery. Indicators: residents or participants "met" a state of
/// their own, handling time and partners' marks (process even with a problem noun), organisations aangesloten bij
/// something, contributions residents received. Sentences of their own: none is copied from a labelled file.
/// </summary>
public sealed class CoachEverydayBehaviourTests
{
    private static IndicatorAssessment Indicator(string name) => Coach.Default.AssessIndicator(new IndicatorDraft(name));

    private static CriterionVerdict Result(string statement, string criterion) =>
        Coach.Default.AssessResult(new ResultDraft(statement)).Criteria.Single(c => c.Id == criterion);

    [Theory]
    [InlineData("In 2027 gebruikt 80% van de jonge fietsers in Zwolle een fietshelm.", "fietshelm")]
    [InlineData("In 2028 gebruikt 75% van de studenten in Delft altijd condooms.", "condooms")]
    [InlineData("Eind 2027 gebruiken 70% van de ouders in Zeist op zonnige dagen zonnebrand voor hun kinderen.", "zonnebrand")]
    [InlineData("In 2027 fietsen ouderen in Ede vaker zelf naar de supermarkt.", "vaker")]
    [InlineData("Ouderen in Epe fietsen in 2028 twee keer zo vaak naar het gezondheidscentrum.", "naar het gezondheidscentrum")]
    [InlineData("In 2027 besteden 60% van de ouders in Breda elke dag een uur aan voorlezen.", "voorlezen")]
    [InlineData("In 2028 besteedt 40% van de pubers in Oss hooguit 3 uur per dag aan sociale media.", "besteedt")]
    [InlineData("Dakloze jongeren in Arnhem hebben eind 2027 een vaste woonplek.", "vaste woonplek")]
    [InlineData("Binnen 2 jaar heeft 70% van de statushouders in Ede een eigen huisarts.", "eigen")]
    [InlineData("In 2027 vindt 50% van de aangemelde werkzoekenden in Gouda een betaalde baan.", "baan")]
    public void AssessResult_OrdinaryBehaviourOrAStateOfTheirOwn_IsOutcomeNamingIt(string statement, string evidence)
    {
        CoachAssert.Verdict(CriterionStatus.Passed, evidence, Result(statement, CriterionIds.OutcomeNotOutput));
    }

    [Theory]
    [InlineData("In 2027 gebruiken 300 inwoners in Ede de deelauto.", "gebruiken")]
    [InlineData("In 2027 hebben 200 jongeren in Ede een vaste begeleider.", "vaste begeleider")]
    [InlineData("Dertig gezinnen in Hoorn hebben eind 2026 een vaste gezinscoach.", "vaste gezinscoach")]
    [InlineData("Het aantal begeleide statushouders stijgt naar 400 in 2027.", "begeleide")]
    public void AssessResult_UsingAServiceOrGettingAHelper_StaysOutput(string statement, string evidence)
    {
        CoachAssert.Verdict(CriterionStatus.Failed, evidence, Result(statement, CriterionIds.OutcomeNotOutput));
    }

    [Fact]
    public void AssessResult_CasesHandledInTime_FailsContentNotOutcome()
    {
        const string statement = "Vanaf 2028 wordt 90% van de aanmeldingen bij de schuldhulp in Zwolle binnen 5 werkdagen in behandeling genomen.";
        CoachAssert.Verdict(CriterionStatus.Failed, "binnen", Result(statement, CriterionIds.ContentNotProcess));
        CoachAssert.Verdict(CriterionStatus.Passed, "binnen 5 werkdagen", Result(statement, CriterionIds.OutcomeNotOutput));
    }

    [Theory]
    [InlineData("In 2027 doen 20 basisscholen in Epe mee aan het vignet Gezonde School.", "basisscholen")]
    [InlineData("In 2028 doen 15 sportverenigingen in Epe mee aan de Rookvrije Generatie.", "sportverenigingen")]
    public void AssessResult_OrganisationsJoining_FailsContentNotOutcome(string statement, string evidence)
    {
        CoachAssert.Verdict(CriterionStatus.Failed, evidence, Result(statement, CriterionIds.ContentNotProcess));
        Assert.Equal(CriterionStatus.Passed, Result(statement, CriterionIds.OutcomeNotOutput).Status);
        Assert.Equal(CriterionStatus.Failed, Result("In 2027 doen 80 ouderen in Epe mee aan de valcursus.", CriterionIds.OutcomeNotOutput).Status);
    }

    [Theory]
    [InlineData("Aandeel dak- en thuisloze inwoners met een vaste woonplek", "met een vaste woonplek")]
    [InlineData("Percentage jongvolwassenen met een sluitende begroting na een jaar", "sluitende begroting")]
    [InlineData("Aandeel deelnemers taalroute met een betaalde baan na 6 maanden", "betaalde baan")]
    [InlineData("Percentage nieuwkomers met een eigen huisarts", "eigen huisarts")]
    public void AssessIndicator_ResidentsWithAStateOfTheirOwn_IsOutcome(string name, string evidence)
    {
        CoachAssert.Type("outcome", evidence, Indicator(name));
    }

    [Theory]
    [InlineData("Gemiddelde doorlooptijd klacht geluidsoverlast tot eerste gesprek", "doorlooptijd")]
    [InlineData("% meldingen burenruzie binnen 3 werkdagen afgehandeld", "binnen 3 werkdagen")]
    [InlineData("Gemiddeld cijfer ketenpartners voor de samenwerking in de wijkaanpak", "ketenpartners")]
    [InlineData("Aantal sportclubs aangesloten bij het keurmerk Veilig Sporten", "aangesloten")]
    [InlineData("Aantal reisbureaus aangesloten bij het keurmerk Eerlijk Reizen", "aangesloten")]
    public void AssessIndicator_HandlingTimePartnersMarkAndJoining_IsProcess(string name, string evidence)
    {
        CoachAssert.Type("process", evidence, Indicator(name));
    }

    [Fact]
    public void AssessIndicator_ContributionResidentsReceivedOrAHelperTheyHave_IsOutput()
    {
        Assert.Equal("output", Indicator("Aantal jongeren met een vaste jongerenwerker").TypeText);
        CoachAssert.Type("output", "ontving", Indicator("Aantal gezinnen dat een bijdrage uit het Noodfonds ontving"));
        CoachAssert.Type("output", "bemiddelingen", Indicator("Aantal buurtbemiddelingen bij burenruzies per jaar"));
    }
}
