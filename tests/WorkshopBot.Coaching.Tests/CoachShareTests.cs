using Xunit;

namespace WorkshopBot.Coaching.Tests;

/// <summary>
/// Round 9 of issue 15: a share of the residents ("60% van de …", "de helft van de …", "drie op de tien …") doing
/// something the lexicons do not know is a behaviour of the group — a change, with the words as evidence — while
/// taking part, using, receiving, going to a service, joining in ("mee") and being helped in the passive stay output;
/// an absolute count of residents with an unknown verb stays output as in round 5. Professionals trained are output.
/// </summary>
public sealed class CoachShareTests
{
    [Theory]
    [InlineData("In 2028 strijkt 70% van de alleenstaande vaders zijn overhemden.", "70% van de alleenstaande vaders")]
    [InlineData("Over twee jaar smeert de helft van de scholieren in Goes elke ochtend een boterham.", "de helft van de scholieren")]
    [InlineData("In 2027 vouwt drie op de tien statushouders de belastingpost open binnen een week.", "op de tien statushouders")]
    public void AssessResult_ShareOfResidentsWithAnUnknownVerb_IsAChangeWithEvidence(string statement, string evidence)
    {
        var verdict = Coach.Default.AssessResult(new ResultDraft(statement))[CriterionIds.OutcomeNotOutput];

        CoachAssert.Verdict(CriterionStatus.Passed, evidence, verdict);
    }

    [Theory]
    [InlineData("In 2027 komt 70% van de deelnemers elke week naar de inloop.")]
    [InlineData("De helft van de ouders zit in 2027 maandelijks bij de koffieochtend.")]
    [InlineData("Over twee jaar krijgt 80% van de mantelzorgers een verwenpakket.")]
    [InlineData("In 2028 gaat 40% van de rokers naar de stoppen-met-rokencoach.")]
    [InlineData("In 2027 wordt 60% van de nieuwkomers gekoppeld aan een taalmaatje.")]
    [InlineData("In 2028 wandelt 40% van de ouderen elke week mee met de wandelgroep.")]
    [InlineData("In 2027 doet 60% van de kinderen mee aan de Sportweek.")]
    [InlineData("In 2027 belt 40% van de ouderen maandelijks met een vrijwilliger van de Zilverlijn.")]
    [InlineData("In 2027 haalt 30% van de gezinnen een pakket bij de Kledingbank.")]
    [InlineData("In 2027 slentert de helft van de ouderen mee in de wandelgroep van Welzijn Noord.")]
    public void AssessResult_ShareOfResidentsTakingPartOrReceiving_IsOutput(string statement)
    {
        var verdict = Coach.Default.AssessResult(new ResultDraft(statement))[CriterionIds.OutcomeNotOutput];

        Assert.Equal(CriterionStatus.Failed, verdict.Status);
    }

    [Fact]
    public void AssessResult_KnowingWhichServices_IsAChange()
    {
        var verdict = Coach.Default.AssessResult(new ResultDraft("In 2028 weet 65% van de huurders met een laag inkomen welke toeslagen ze kunnen aanvragen."))[CriterionIds.OutcomeNotOutput];

        Assert.Equal(CriterionStatus.Passed, verdict.Status);
    }

    [Theory]
    [InlineData("In 2027 strijken 30 alleenstaande vaders elke week hun overhemden.")]
    [InlineData("Over twee jaar smeren 400 scholieren elke ochtend een boterham.")]
    public void AssessResult_CountedHabitWithNoPlace_IsAChange(string statement)
    {
        var verdict = Coach.Default.AssessResult(new ResultDraft(statement))[CriterionIds.OutcomeNotOutput];

        Assert.Equal(CriterionStatus.Passed, verdict.Status);
        Assert.NotEmpty(verdict.Evidence);
    }

    [Theory]
    [InlineData("Elke vrijdag zitten in 2027 zestig ouderen aan de open tafel in Het Trefpunt.")]
    [InlineData("In 2027 krijgen 50 gezinnen elke week een maaltijd.")]
    public void AssessResult_CountedHabitAtAPlaceOrReceived_StaysOutput(string statement)
    {
        var verdict = Coach.Default.AssessResult(new ResultDraft(statement))[CriterionIds.OutcomeNotOutput];

        Assert.Equal(CriterionStatus.Failed, verdict.Status);
    }

    [Fact]
    public void AssessResult_AbsoluteCountWithAnUnknownVerb_StaysOutput()
    {
        var verdict = Coach.Default.AssessResult(new ResultDraft("In 2027 schuiven 45 ouderen aan bij de eettafel in De Linde."))[CriterionIds.OutcomeNotOutput];

        Assert.Equal(CriterionStatus.Failed, verdict.Status);
    }

    [Theory]
    [InlineData("Over twee jaar koken 50 alleenstaande vaders in Hoorn drie keer per week een maaltijd.")]
    [InlineData("In 2027 poetsen 300 peuters in Venlo twee keer per dag hun tanden.")]
    [InlineData("Over twee jaar ontbijten 400 leerlingen van het Da Vinci College elke dag.")]
    [InlineData("Vanuit de schakelklas stromen in 2028 twintig nieuwkomers door naar het mbo.")]
    [InlineData("In 2028 hebben 90 jonge vaders iemand op wie ze kunnen terugvallen.")]
    public void AssessResult_EverydayBehaviourOfACount_IsAChange(string statement)
    {
        var verdict = Coach.Default.AssessResult(new ResultDraft(statement))[CriterionIds.OutcomeNotOutput];

        Assert.Equal(CriterionStatus.Passed, verdict.Status);
    }

    [Theory]
    [InlineData("Eind 2027 hebben 25 wijkverpleegkundigen de cursus Herkennen van armoede afgerond.")]
    [InlineData("In 2028 zijn 12 medewerkers van het Zorgloket getraind in motiverende gespreksvoering.")]
    public void AssessResult_ProfessionalsTrained_IsOutput(string statement)
    {
        var verdict = Coach.Default.AssessResult(new ResultDraft(statement))[CriterionIds.OutcomeNotOutput];

        Assert.Equal(CriterionStatus.Failed, verdict.Status);
    }

    [Fact]
    public void AssessResult_CountedThingsHeld_IsOutput()
    {
        var verdict = Coach.Default.AssessResult(new ResultDraft("In 2027 worden in Spijkenisse 12 burendagen gehouden."))[CriterionIds.OutcomeNotOutput];

        Assert.Equal(CriterionStatus.Failed, verdict.Status);
        Assert.Contains(verdict.Evidence, e => e.Contains("12 burendagen gehouden", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void AssessResult_StaffInDienst_IsAPreconditionNotContent()
    {
        var verdict = Coach.Default.AssessResult(new ResultDraft("Vanaf 2027 heeft de Voedselbank drie betaalde krachten in dienst."))[CriterionIds.ContentNotProcess];

        Assert.Equal(CriterionStatus.Failed, verdict.Status);
        Assert.Contains("in dienst", verdict.Evidence);
    }

    [Theory]
    [InlineData("Een veerkrachtige wijk waar bewoners voor elkaar zorgen")]
    [InlineData("Vitale kernen in de Achterhoek")]
    [InlineData("Regie versterken")]
    public void AssessResult_VagueAdjectiveOrAbstractNoun_IsNotConcrete(string statement)
    {
        var verdict = Coach.Default.AssessResult(new ResultDraft(statement))[CriterionIds.Concrete];

        Assert.Equal(CriterionStatus.Failed, verdict.Status);
    }

    [Theory]
    [InlineData("Gemiddeld aantal minuten buitenspelen per dag van kleuters", "outcome")]
    [InlineData("Gemiddeld aantal uren slaap per nacht van scholieren", "outcome")]
    [InlineData("Percentage 70-plussers met voldoende beweging", "outcome")]
    [InlineData("Aantal uren coördinatie van de buurtbemiddeling per maand", "input")]
    [InlineData("Uren inzet van de ouderenadviseur per week", "input")]
    [InlineData("Aantal minuten wachttijd aan de telefoon", "process")]
    public void AssessIndicator_TimeSpentOrEffort_GetsTheRightTypeWithEvidence(string name, string type)
    {
        var indicator = Coach.Default.AssessIndicator(new IndicatorDraft(name));

        Assert.Equal(type, indicator.TypeText);
        Assert.NotEmpty(indicator.TypeEvidence);
        Assert.Equal("count", indicator.ModeText);
    }
}
