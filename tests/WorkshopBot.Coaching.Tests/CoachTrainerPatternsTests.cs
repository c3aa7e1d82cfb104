using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Localization;
using Xunit;

namespace WorkshopBot.Coaching.Tests;

/// <summary>
/// The patterns a Kwaliteitskompas trainer catches and the coach used to miss (issue 15), one example each, with
/// the evidence the group gets to see. The labelled sets measure agreement; these pin the behaviour down.
/// </summary>
public sealed class CoachTrainerPatternsTests
{
    [Fact]
    public void AssessResult_RegieVersterken_IsTooAbstractAndAsksWhatChangesForWhom()
    {
        var assessment = Coach.Default.AssessResult(new ResultDraft("Regie versterken"));
        var concrete = assessment[CriterionIds.Concrete];

        Assert.Equal(CriterionStatus.Failed, concrete.Status);
        Assert.Contains("te abstract: wat verandert er dan, en voor wie?", concrete.Message(Language.Dutch), StringComparison.Ordinal);
        Assert.Contains("what changes, and for whom?", concrete.Message(Language.English), StringComparison.Ordinal);
        Assert.Contains(concrete.Evidence, e => e.Contains("Regie", StringComparison.Ordinal));
    }

    [Fact]
    public void AssessResult_PlaceholderSuggestion_IsNotAdoptableAndNotConcreteOnceAdopted()
    {
        var abstractResult = Coach.Default.AssessResult(new ResultDraft("Regie versterken"));
        var suggestion = abstractResult.Suggestion(Language.Dutch);

        Assert.True(abstractResult.SuggestionHasPlaceholders);
        Assert.Null(abstractResult.AdoptableSuggestion(Language.Dutch, "Regie versterken"));
        var adopted = Coach.Default.AssessResult(new ResultDraft(suggestion));
        Assert.Equal(CriterionStatus.Failed, adopted[CriterionIds.Concrete].Status);
        Assert.Contains("[verandering]", adopted[CriterionIds.Concrete].Evidence);
    }

    [Fact]
    public void AssessResult_FormFieldsFillEveryGap_SuggestionIsAdoptable()
    {
        var assessment = Coach.Default.AssessResult(new ResultDraft(
            "Eigen regie versterken", TargetGroup: "75-plussers", Change: "voelen zich minder eenzaam", Baseline: "42%", Target: "35%", Horizon: "over drie jaar"));

        Assert.False(assessment.SuggestionHasPlaceholders);
        Assert.Equal("Over drie jaar voelen zich minder eenzaam bij 75-plussers, van 42% naar 35%.", assessment.AdoptableSuggestion(Language.Dutch, "Eigen regie versterken"));
    }

    [Fact]
    public void AssessResult_GoodChangeWithGaps_SuggestionKeepsTheGroupsOwnWords()
    {
        var assessment = Coach.Default.AssessResult(new ResultDraft("Minder 75-plussers in Kesteren voelen zich eenzaam."));

        Assert.Equal("Minder 75-plussers in Kesteren voelen zich eenzaam, over [termijn], van [nul-meting] naar [streefwaarde].", assessment.Suggestion(Language.Dutch));
        Assert.True(assessment.SuggestionHasPlaceholders);
    }

    [Fact]
    public void AssessResult_CompleteResult_HasNoSuggestion()
    {
        var assessment = Coach.Default.AssessResult(new ResultDraft("Over 3 jaar voelen 75-plussers zich minder eenzaam: van 42% naar 35%."));

        Assert.Equal(string.Empty, assessment.Suggestion(Language.Dutch));
        Assert.Null(assessment.AdoptableSuggestion(Language.Dutch, "Over 3 jaar voelen 75-plussers zich minder eenzaam: van 42% naar 35%."));
    }

    [Fact]
    public void CriterionVerdict_Name_IsInTheReadersLanguage()
    {
        var assessment = Coach.Default.AssessResult(new ResultDraft("Regie versterken"));

        Assert.Equal("Doelgroep", assessment[CriterionIds.TargetGroup].Name(Language.Dutch));
        Assert.Equal("Target group", assessment[CriterionIds.TargetGroup].Name(Language.English));
        Assert.All(assessment.Criteria, c => Assert.NotEqual(c.Id, c.Name(Language.Dutch)));
    }

    [Theory]
    [InlineData("Het aantal kinderen dat de peuteropvang bezoekt stijgt naar 95% in 2027.", "bezoekt")]
    [InlineData("Het zwembad wordt vaker bezocht door senioren, in 2027 twintig procent meer.", "bezocht")]
    [InlineData("Mantelzorgers ontvangen over twee jaar allemaal een mantelzorgcompliment.", "ontvangen")]
    [InlineData("Er zijn over twee jaar vijf nieuwe beweeggroepen gevormd voor ouderen in de kernen.", "gevormd")]
    [InlineData("Er komt een speeltuin in de Hoven waar kinderen veilig kunnen spelen.", "Er komt een speeltuin")]
    [InlineData("In 2027 heeft 80% van de deelnemers aan de cursus Omgaan met Eenzaamheid de cursus afgerond.", "afgerond")]
    [InlineData("Dertig gezinnen hebben in 2026 een Meedoenpas aangevraagd.", "aangevraagd")]
    [InlineData("Volgend jaar maken vijfhonderd ouderen gebruik van de belbus.", "gebruik van")]
    [InlineData("In 2027 heeft 70% van de zwangeren een huisbezoek van de verloskundige gehad.", "gehad")]
    [InlineData("Het aantal ouders dat de consulent spreekt, groeit in 2027 met tien procent.", "spreekt")]
    [InlineData("Over twee jaar worden driehonderd gezinnen ondersteund door het steunpunt.", "ondersteund")]
    [InlineData("In 2026 zijn twaalf huisartsen getraind over eenzaamheid bij ouderen.", "getraind")]
    public void AssessResult_OutputInGrammarOrBehindAnOutcomeWord_IsOutput(string statement, string evidence)
    {
        var verdict = Coach.Default.AssessResult(new ResultDraft(statement))[CriterionIds.OutcomeNotOutput];

        Assert.Equal(CriterionStatus.Failed, verdict.Status);
        Assert.Contains(verdict.Evidence, e => e.Contains(evidence, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("In 2028 gebruikt nog maar 5% van de scholieren wekelijks alcohol.")]
    [InlineData("Jongeren die een maatje hebben gehad, ronden in 2027 vaker hun opleiding af.")]
    public void AssessResult_OutcomeThatLooksLikeOutput_IsNotOutput(string statement)
    {
        var verdict = Coach.Default.AssessResult(new ResultDraft(statement))[CriterionIds.OutcomeNotOutput];

        Assert.Equal(CriterionStatus.Passed, verdict.Status);
    }

    [Fact]
    public void AssessResult_ResidentsTrained_IsOutputNotProcess()
    {
        var assessment = Coach.Default.AssessResult(new ResultDraft("Eind 2027 zijn veertig mantelzorgers geschoold in het omgaan met dementie."));

        Assert.Equal(CriterionStatus.Passed, assessment[CriterionIds.ContentNotProcess].Status);
        Assert.Equal(CriterionStatus.Failed, assessment[CriterionIds.OutcomeNotOutput].Status);
    }

    [Theory]
    [InlineData("Er wordt ingezet op meer beweging bij kinderen.")]
    [InlineData("Het jongerenwerk draagt bij aan minder overlast op straat.")]
    [InlineData("Ouders met opvoedvragen worden binnen een week teruggebeld door het CJG.")]
    [InlineData("Jongeren krijgen sneller een plek in de jeugdhulp.")]
    public void AssessResult_ProcessHiddenInGrammar_IsProcess(string statement)
    {
        var verdict = Coach.Default.AssessResult(new ResultDraft(statement))[CriterionIds.ContentNotProcess];

        Assert.Equal(CriterionStatus.Failed, verdict.Status);
        Assert.NotEmpty(verdict.Evidence);
    }

    [Theory]
    [InlineData("Het zwembad wordt vaker bezocht door senioren, in 2027 twintig procent meer.", true)]
    [InlineData("Ouderen die gebruik maken van de dagbesteding, blijven over vier jaar langer thuis wonen.", true)]
    [InlineData("Het contact tussen buren versterken, zodat over twee jaar 60% van de bewoners een buur om hulp kan vragen.", true)]
    [InlineData("- minder jongeren die blowen\n- meer jongeren die sporten", false)]
    [InlineData("doel jeugd: minder schooluitval + meer jongeren met een startkwalificatie", false)]
    public void AssessResult_CommasBulletsAndPlus_SingleResultAsATrainerReadsIt(string statement, bool single)
    {
        var verdict = Coach.Default.AssessResult(new ResultDraft(statement))[CriterionIds.SingleResult];

        Assert.Equal(single ? CriterionStatus.Passed : CriterionStatus.Failed, verdict.Status);
    }

    [Theory]
    [InlineData("Gezond en veilig opgroeien voor alle kinderen in de gemeente.")]
    [InlineData("De zelfredzaamheid van ouderen met 15% verbeteren binnen drie jaar.")]
    [InlineData("Laagdrempelige ondersteuning voor mantelzorgers")]
    public void AssessResult_VagueEvenWithANumber_IsNotConcrete(string statement)
    {
        Assert.Equal(CriterionStatus.Failed, Coach.Default.AssessResult(new ResultDraft(statement))[CriterionIds.Concrete].Status);
    }

    [Theory]
    [InlineData("Over twee jr. minder 18-minners met schulden")]
    [InlineData("in de komende raadsperiode daalt het aantal jongeren met een taalachterstand met tien procent")]
    [InlineData("Vóór de zomer van 2027 heeft de helft van de ouders van peuters het voorleesboekje gebruikt.")]
    public void AssessResult_TimePhrasesInNotesAndCouncilLanguage_AreTimeBound(string statement)
    {
        Assert.Equal(CriterionStatus.Passed, Coach.Default.AssessResult(new ResultDraft(statement))[CriterionIds.TimeBound].Status);
    }

    [Theory]
    [InlineData("Aantal mensen op de wachtlijst schuldhulp", IndicatorType.Output)]
    [InlineData("Aantal beschikbare plekken dagbesteding", IndicatorType.Output)]
    [InlineData("Aantal actieve vrijwilligers bij Vluchtelingenwerk", IndicatorType.Output)]
    [InlineData("Gemiddelde wachttijd dagbesteding in weken", IndicatorType.Proces)]
    [InlineData("Begroting jeugdhulp", IndicatorType.Input)]
    [InlineData("Aantal deelnemers aan de cursus Omgaan met Stress", IndicatorType.Output)]
    public void AssessIndicator_UseCapacityTimelinessAndBudget_GetTheirType(string name, IndicatorType type)
    {
        Assert.Equal(type, Coach.Default.AssessIndicator(new IndicatorDraft(name)).Type);
    }

    [Theory]
    [InlineData("Intervisie van de wijkcoaches", IndicatorKind.Vertellen)]
    [InlineData("MSC-verhalen van mantelzorgers", IndicatorKind.Vertellen)]
    [InlineData("Gesprekken met deelnemers over wat het maatjescontact hen oplevert", IndicatorKind.Vertellen)]
    [InlineData("Rapportcijfer voor de eigen gezondheid (65+)", IndicatorKind.Tellen)]
    public void AssessIndicator_StoriesAndScores_GetTheirMode(string name, IndicatorKind mode)
    {
        Assert.Equal(mode, Coach.Default.AssessIndicator(new IndicatorDraft(name)).Mode);
    }

    [Fact]
    public void AssessIndicator_UnfamiliarCompound_GetsABestGuessMarkedAsSuch()
    {
        var assessment = Coach.Default.AssessIndicator(new IndicatorDraft("Schuldenproblematiek"));

        Assert.Equal(IndicatorType.Outcome, assessment.Type);
        Assert.True(assessment.TypeIsGuess);
        Assert.Equal("outcome (beste gok, niet zeker)", assessment.TypeName(Language.Dutch));
        Assert.Contains(assessment.TypeEvidence, e => e.Contains("schulden", StringComparison.Ordinal));
    }
}
