using Xunit;

namespace WorkshopBot.Coaching.Tests;

/// <summary>
/// Round 15 of issue 15. Indicator type read from the counted head and its relative clause: organisations joining in any
/// verb (process), cases handled in time in any wording (process), participants of a service reaching a state
/// (outcome), residents visiting an ordinary activity at a rhythm (outcome), reports of a problem (outcome), a stock on a
/// count date (outcome). Results: headlines of what professionals do, plans, werkgroep questions, offers asked for,
/// comparatives without a number, "we … zodat", waiting lists, groups named by a service or by taking part.
/// Sentences of their own: none is copied from a labelled file.
/// </summary>
public sealed class CoachHeadClauseAndHeadlineTests
{
    private static IndicatorAssessment Indicator(string name) => Coach.Default.AssessIndicator(new IndicatorDraft(name));

    private static CriterionVerdict Result(string statement, string criterion) =>
        Coach.Default.AssessResult(new ResultDraft(statement)).Criteria.Single(c => c.Id == criterion);

    [Theory]
    [InlineData("Aantal muziekscholen dat zich heeft aangesloten bij het Cultuurfonds", "aangesloten")]
    [InlineData("Aandeel tandartspraktijken dat meedoet aan de Gezonde Mond-aanpak", "meedoet")]
    [InlineData("Aantal kerken dat betrokken is bij de voedselinzameling", "betrokken")]
    [InlineData("Aantal sportclubs dat het akkoord Samen Sporten heeft ondertekend", "ondertekend")]
    [InlineData("Aantal kinderdagverblijven in het netwerk vroegsignalering", "netwerk")]
    [InlineData("Aandeel voetbalverenigingen met een alcoholbeleid", "met een alcoholbeleid")]
    public void AssessIndicator_OrganisationsJoiningInAnyWording_IsProcessNamingTheClause(string name, string evidence)
    {
        CoachAssert.Type("process", evidence, Indicator(name));
    }

    [Theory]
    [InlineData("Aantal basisscholen dat een schoolmaatschappelijk werker heeft", "process", "heeft")]
    [InlineData("Aantal voetbalclubs dat een walking-footballteam heeft opgericht", "output", "opgericht")]
    [InlineData("Tevredenheid van cursisten over de taalles", "process", "over de taalles")]
    [InlineData("Gemiddeld rapportcijfer van ouders voor hun eigen gezondheid", "outcome", "gezondheid")]
    public void AssessIndicator_WhatOrganisationsHaveOrStartAndJudgementsOfAService_ReadByTheirObject(string name, string type, string evidence)
    {
        CoachAssert.Type(type, evidence, Indicator(name));
    }

    [Fact]
    public void AssessIndicator_ResidentsJoining_StaysOutput()
    {
        Assert.Equal("output", Indicator("Aantal buurtbewoners dat meedoet aan de schoonmaakactie").TypeText);
    }

    [Theory]
    [InlineData("Aandeel bezwaarschriften dat tijdig is behandeld", "tijdig")]
    [InlineData("% huisbezoeken dat te laat is afgelegd", "te laat")]
    [InlineData("Percentage Wmo-meldingen dat binnen de termijn is opgevolgd", "termijn")]
    [InlineData("Aandeel telefoontjes dat dezelfde dag wordt teruggebeld", "dezelfde dag")]
    [InlineData("Percentage crisismeldingen dat binnen 4 uur wordt opgepakt", "binnen")]
    public void AssessIndicator_CasesHandledInTime_IsProcessNamingTheTimeliness(string name, string evidence)
    {
        CoachAssert.Type("process", evidence, Indicator(name));
    }

    [Fact]
    public void AssessIndicator_ResidentsDoingSomethingOnTime_IsNotTimeliness()
    {
        Assert.Equal("outcome", Indicator("Percentage huurders dat de huur op tijd betaalt").TypeText);
    }

    [Theory]
    [InlineData("Aantal cursisten van de computerles dat zelf een DigiD aanvraagt", "zelf")]
    [InlineData("Aandeel deelnemers van het werkfit-traject dat een betaalde baan vindt", "baan")]
    [InlineData("Percentage bezoekers van de nachtopvang dat een eigen kamer vindt", "vindt")]
    public void AssessIndicator_ParticipantsReachingAState_IsOutcomeNamingTheClause(string name, string evidence)
    {
        CoachAssert.Type("outcome", evidence, Indicator(name));
    }

    [Fact]
    public void AssessIndicator_ParticipantsFinishingTheCourse_StaysOutput()
    {
        Assert.Equal("output", Indicator("Aantal deelnemers dat de computerles afrondt").TypeText);
    }

    [Theory]
    [InlineData("Aandeel weduwnaars dat wekelijks een buurtactiviteit bezoekt", "wekelijks")]
    [InlineData("Percentage tieners dat elke week naar de sportvereniging gaat", "sportvereniging")]
    [InlineData("Aandeel twintigers dat maandelijks een voorstelling bezoekt", "maandelijks")]
    [InlineData("Aantal peuters dat wekelijks naar de bibliotheek gaat", "bibliotheek")]
    public void AssessIndicator_AnOrdinaryActivityVisitedAtARhythm_IsOutcome(string name, string evidence)
    {
        CoachAssert.Type("outcome", evidence, Indicator(name));
    }

    [Fact]
    public void AssessIndicator_AServicesOwnOfferVisited_StaysOutput()
    {
        Assert.Equal("output", Indicator("Aantal ouderen dat het inloopspreekuur van het wijkteam bezoekt").TypeText);
    }

    [Theory]
    [InlineData("Aantal meldingen jeugdoverlast per maand", "jeugdoverlast")]
    [InlineData("Aantal aangiften van fietsdiefstal bij het station", "fietsdiefstal")]
    [InlineData("Aantal huishoudens met een noodpakket op 1 maart", "peildatum")]
    [InlineData("Aantal klachten over geluidsoverlast in de binnenstad", "geluidsoverlast")]
    [InlineData("Percentage brugklassers dat online gepest wordt", "gepest")]
    [InlineData("Aantal herhaalde meldingen bij het Veiligheidshuis binnen een jaar", "herhaalde meldingen")]
    [InlineData("Aantal scholieren dat na het mentoruur zelf een weekplanning bijhoudt", "zelf")]
    public void AssessIndicator_ReportsOfAProblemOrAStockOnADate_IsOutcome(string name, string evidence)
    {
        CoachAssert.Type("outcome", evidence, Indicator(name));
    }

    [Theory]
    [InlineData("Getuigenissen van oud-gedetineerden over hun eerste baan")]
    [InlineData("Fotoboek van het buurtfeest")]
    [InlineData("Tekeningen van kleuters over hun speelplek")]
    public void AssessIndicator_MoreStoryFormats_AreStories(string name)
    {
        Assert.Equal("story", Indicator(name).ModeText);
    }

    [Fact]
    public void AssessIndicator_AQualityHeadline_IsAMarkedGuessOfOutcome()
    {
        var indicator = Indicator("Buurtgerichtheid in Zuid");

        CoachAssert.Type("outcome", "buurtgerichtheid", indicator);
        Assert.True(indicator.TypeIsGuess);
    }

    [Theory]
    [InlineData("Huiselijk geweld bij jonge gezinnen eerder opsporen", "eerder opsporen")]
    [InlineData("Eenzame ouderen sneller in beeld krijgen", "in beeld krijgen")]
    [InlineData("Dakloze vrouwen weer perspectief geven", "perspectief geven")]
    [InlineData("Gezinnen met geldzorgen eerder bereiken", "eerder bereiken")]
    public void AssessResult_AHeadlineOfWhatProfessionalsDo_IsProcessAndNotConcrete(string statement, string evidence)
    {
        CoachAssert.Verdict(CriterionStatus.Failed, evidence, Result(statement, CriterionIds.ContentNotProcess));
        CoachAssert.Verdict(CriterionStatus.Failed, evidence, Result(statement, CriterionIds.Concrete));
    }

    [Fact]
    public void AssessResult_GivingAProspect_IsNoOutput()
    {
        Assert.Equal(CriterionStatus.Passed, Result("Dakloze vrouwen weer perspectief geven", CriterionIds.OutcomeNotOutput).Status);
    }

    [Fact]
    public void AssessResult_AnEstablishedPlan_IsProcessNotConcreteAndItsTopicIsNoChange()
    {
        const string statement = "Collegebesluit: actieplan laaggeletterdheid uiterlijk 1 april 2026 vastgesteld";

        CoachAssert.Verdict(CriterionStatus.Failed, "actieplan", Result(statement, CriterionIds.ContentNotProcess));
        CoachAssert.Verdict(CriterionStatus.Failed, "actieplan", Result(statement, CriterionIds.Concrete));
    }

    [Fact]
    public void AssessResult_ResidentsWhoMakeAPlan_AreNotItsTargetGroup()
    {
        Assert.Equal(CriterionStatus.Failed, Result("Buurtagenda 2027: een werkplan armoede met bewoners en de kerken", CriterionIds.TargetGroup).Status);
    }

    [Fact]
    public void AssessResult_AnEstablishedProgramme_IsProcessAndNotConcrete()
    {
        CoachAssert.Verdict(CriterionStatus.Failed, "Uitvoeringsprogramma", Result("Uitvoeringsprogramma mantelzorg 2027 vastgesteld", CriterionIds.Concrete));
    }

    [Fact]
    public void AssessResult_AnyQuestionAfterAWerkgroepLabel_IsNotConcrete()
    {
        CoachAssert.Verdict(CriterionStatus.Failed, "wat hebben", Result("wg Ouderen: wat hebben mantelzorgers eigenlijk nodig?", CriterionIds.Concrete));
    }

    [Fact]
    public void AssessResult_GoingToAnOrdinaryPlaceAtARhythmWithTheVerbFirst_IsBehaviour()
    {
        var verdict = Result("In 2027 gaan 150 ouderen in Tiel wekelijks naar het zwembad", CriterionIds.OutcomeNotOutput);

        CoachAssert.Verdict(CriterionStatus.Passed, "naar het zwembad", verdict);
    }

    [Fact]
    public void AssessResult_AWerkgroepQuestion_IsNotConcrete()
    {
        CoachAssert.Verdict(CriterionStatus.Failed, "hoe", Result("wg Schulden: hoe vinden we de gezinnen die nu nergens aankloppen?", CriterionIds.Concrete));
    }

    [Fact]
    public void AssessResult_AnOfferAskedFor_IsAPreconditionWithoutGroupOrOutput()
    {
        const string statement = "Voldoende betaalbare kamers voor studenten";
        CoachAssert.Verdict(CriterionStatus.Failed, "Genoeg buurtvervoer", Result("Genoeg buurtvervoer in de kleine kernen", CriterionIds.ContentNotProcess));

        CoachAssert.Verdict(CriterionStatus.Failed, "Voldoende betaalbare kamers", Result(statement, CriterionIds.ContentNotProcess));
        Assert.Equal(CriterionStatus.Failed, Result(statement, CriterionIds.TargetGroup).Status);
        Assert.Equal(CriterionStatus.Passed, Result(statement, CriterionIds.OutcomeNotOutput).Status);
        Assert.Equal(CriterionStatus.Failed, Result(statement, CriterionIds.Concrete).Status);
    }

    [Fact]
    public void AssessResult_AComparativeWithoutANumber_IsAChangeButNotConcrete()
    {
        const string statement = "Pubers in Zuid zijn sociaal weerbaarder";

        CoachAssert.Verdict(CriterionStatus.Failed, "weerbaarder", Result(statement, CriterionIds.Concrete));
        Assert.Equal(CriterionStatus.Passed, Result(statement, CriterionIds.OutcomeNotOutput).Status);
    }

    [Fact]
    public void AssessResult_WeActingWithTheChangeOnlyAfterZodat_IsTheOrganisationsActivity()
    {
        const string statement = "We beginnen in 2026 twee extra leesclubs zodat in 2028 150 kinderen in Gouda vaker lezen.";

        CoachAssert.Verdict(CriterionStatus.Failed, "We", Result(statement, CriterionIds.ContentNotProcess));
        Assert.Equal(CriterionStatus.Failed, Result(statement, CriterionIds.OutcomeNotOutput).Status);
    }

    [Fact]
    public void AssessResult_AWaitingListLeadingTheLine_IsOutputNotProcess()
    {
        const string statement = "De wachtlijst voor de logeeropvang in Ede is eind 2027 met de helft verkort.";

        CoachAssert.Verdict(CriterionStatus.Failed, "wachtlijst", Result(statement, CriterionIds.OutcomeNotOutput));
        Assert.Equal(CriterionStatus.Passed, Result(statement, CriterionIds.ContentNotProcess).Status);
    }

    [Theory]
    [InlineData("In 2028 houden 80 klanten van de kringloopwinkel in Assen elke maand geld over.", "klanten")]
    [InlineData("Met de taalles op het werk spreekt in 2027 60% van de deelnemende magazijnmedewerkers in Tiel Nederlands.", "deelnemende magazijnmedewerkers")]
    public void AssessResult_AGroupNamedByAServiceOrByTakingPart_IsTheTargetGroup(string statement, string evidence)
    {
        CoachAssert.Verdict(CriterionStatus.Passed, evidence, Result(statement, CriterionIds.TargetGroup));
    }

    [Fact]
    public void AssessResult_HoursAtARhythmWithASlash_AreABehaviour()
    {
        var verdict = Result("In 2027 sporten 90 mensen uit de bijstand in Oss minstens 3 uur/week.", CriterionIds.OutcomeNotOutput);

        Assert.Equal(CriterionStatus.Passed, verdict.Status);
    }

    [Fact]
    public void AssessResult_AChannelLabelBeforeAColon_IsNotTheActor()
    {
        var verdict = Result("Teams: idee → in 2028 regelt 60% van de 80-plussers in Epe zelf hun boodschappen online", CriterionIds.ContentNotProcess);

        Assert.Equal(CriterionStatus.Passed, verdict.Status);
    }
}
