using WorkshopBot.Domain.Localization;
using Xunit;

namespace WorkshopBot.Coaching.Tests;

public sealed class CoachResultTests
{
    private static CriterionVerdict Verdict(string statement, string criterion) =>
        Coach.Default.AssessResult(new ResultDraft(statement))[criterion];

    [Fact]
    public void AssessResult_CompleteResult_PassesEveryCriterion()
    {
        var assessment = Coach.Default.AssessResult(new ResultDraft("Over drie jaar voelen minder 75-plussers in Kesteren zich eenzaam: van 42% naar 35%."));

        Assert.Equal(CriterionIds.Result, assessment.Criteria.Select(c => c.Id));
        Assert.All(assessment.Criteria, c => Assert.Equal(CriterionStatus.Passed, c.Status));
        Assert.Equal(0, assessment.OpenPoints);
    }

    [Fact]
    public void AssessResult_RegieVersterken_FailsWithTheWordsAsEvidence()
    {
        var assessment = Coach.Default.AssessResult(new ResultDraft("Eigen regie van inwoners versterken."));

        var concrete = assessment[CriterionIds.Concrete];
        Assert.Equal(CriterionStatus.Failed, concrete.Status);
        Assert.Contains("versterken", concrete.Evidence);
        Assert.Contains("versterken", concrete.Message(Language.Dutch));
        Assert.Equal(3, assessment.OpenPoints);
    }

    [Theory]
    [InlineData("Het aantal jongeren zonder startkwalificatie daalt met dertig procent.", "dertig procent")]
    [InlineData("De eenzaamheid onder ouderen is met een kwart gedaald.", "een kwart")]
    [InlineData("Het percentage inwoners met schulden daalt naar 6%.", "6%")]
    [InlineData("De helft van de deelnemers heeft na een jaar een baan.", "De helft")]
    public void AssessResult_QuantityInDigitsOrWords_IsMeasurable(string statement, string evidence)
    {
        var verdict = Verdict(statement, CriterionIds.Measurable);

        Assert.Equal(CriterionStatus.Passed, verdict.Status);
        Assert.Contains(evidence, verdict.Evidence);
    }

    [Theory]
    [InlineData("Over drie jaar voelen minder ouderen zich eenzaam.")]
    [InlineData("Jongeren van 16 tot 23 jaar hebben vaker een startkwalificatie.")]
    [InlineData("Minder 18- tot 27-jarigen zitten thuis zonder werk.")]
    [InlineData("In 2027 hebben minder gezinnen schulden.")]
    public void AssessResult_NumbersThatAreTimeOrAge_AreNotMeasurable(string statement)
    {
        Assert.Equal(CriterionStatus.Failed, Verdict(statement, CriterionIds.Measurable).Status);
    }

    [Theory]
    [InlineData("Over 3 jaar voelen ouderen zich minder eenzaam.", "Over 3 jaar")]
    [InlineData("Binnen vier jaar voelen ouderen zich minder eenzaam.", "Binnen vier jaar")]
    [InlineData("Eind 2027 voelen ouderen zich minder eenzaam.", "Eind 2027")]
    [InlineData("Per 2028 voelen ouderen zich minder eenzaam.", "Per 2028")]
    [InlineData("Vóór 2027 voelen ouderen zich minder eenzaam.", "Vóór 2027")]
    [InlineData("In de komende vier jaar voelen ouderen zich minder eenzaam.", "de komende vier jaar")]
    [InlineData("Binnen een half jaar voelen deelnemers zich minder eenzaam.", "Binnen een half jaar")]
    public void AssessResult_Horizon_IsTimeBoundWithTheHorizonAsEvidence(string statement, string evidence)
    {
        var verdict = Verdict(statement, CriterionIds.TimeBound);

        Assert.Equal(CriterionStatus.Passed, verdict.Status);
        Assert.Contains(evidence, verdict.Evidence);
    }

    [Theory]
    [InlineData("Ten opzichte van 2024 voelen minder ouderen zich eenzaam.")]
    [InlineData("Jaarlijks nemen 200 inwoners deel aan de cursus.")]
    [InlineData("Ouderen voelen zich minder eenzaam.")]
    public void AssessResult_NoHorizon_IsNotTimeBound(string statement)
    {
        Assert.Equal(CriterionStatus.Failed, Verdict(statement, CriterionIds.TimeBound).Status);
    }

    [Theory]
    [InlineData("Het aantal jongeren zonder startkwalificatie daalt.", CriterionStatus.Passed)]
    [InlineData("Het aantal huisuitzettingen is gehalveerd.", CriterionStatus.Passed)]
    [InlineData("Deelnemers aan de koffieochtenden voelen zich minder eenzaam.", CriterionStatus.Passed)]
    [InlineData("Door de koffieochtenden voelen ouderen zich minder eenzaam.", CriterionStatus.Passed)]
    [InlineData("Het aantal bijeenkomsten stijgt naar 40.", CriterionStatus.Failed)]
    [InlineData("Het aantal deelnemers aan de koffieochtenden stijgt.", CriterionStatus.Failed)]
    [InlineData("Er worden 120 koffieochtenden georganiseerd.", CriterionStatus.Failed)]
    [InlineData("Er zijn 50 gesprekken gevoerd met mantelzorgers.", CriterionStatus.Failed)]
    [InlineData("Meer 75-plussers bezoeken de koffieochtenden.", CriterionStatus.Failed)]
    public void AssessResult_AantalWithTargetGroupVersusActivities_SeparatesOutcomeFromOutput(string statement, CriterionStatus expected)
    {
        Assert.Equal(expected, Verdict(statement, CriterionIds.OutcomeNotOutput).Status);
    }

    [Theory]
    [InlineData("Betere samenwerking tussen de partners in het sociaal domein.", CriterionStatus.Failed)]
    [InlineData("Er is voldoende budget voor mantelzorgondersteuning.", CriterionStatus.Failed)]
    [InlineData("Partners werken beter samen zodat inwoners sneller hulp krijgen.", CriterionStatus.Failed)]
    [InlineData("Door betere samenwerking tussen huisarts en wijkteam voelen ouderen zich minder eenzaam.", CriterionStatus.Passed)]
    [InlineData("Inwoners vinden de weg naar hulp doordat organisaties beter afstemmen.", CriterionStatus.Passed)]
    public void AssessResult_ProcessAsMeansOrAsResult_OnlyFailsWhenItIsTheResult(string statement, CriterionStatus expected)
    {
        Assert.Equal(expected, Verdict(statement, CriterionIds.ContentNotProcess).Status);
    }

    [Theory]
    [InlineData("Ouderen voelen zich minder eenzaam en mantelzorgers zijn minder overbelast.", CriterionStatus.Failed)]
    [InlineData("Statushouders spreken beter Nederlands en hebben vaker werk.", CriterionStatus.Failed)]
    [InlineData("Jongeren en hun ouders weten beter de weg naar hulp.", CriterionStatus.Passed)]
    [InlineData("Mensen met dementie en hun mantelzorgers ervaren een betere kwaliteit van leven.", CriterionStatus.Passed)]
    [InlineData("Jongeren tussen 16 en 23 jaar hebben vaker een startkwalificatie.", CriterionStatus.Passed)]
    [InlineData("Het overgewicht in groep 7 en 8 daalt naar 12%.", CriterionStatus.Passed)]
    public void AssessResult_En_SeparatesTwoResultsFromTwoTargetGroups(string statement, CriterionStatus expected)
    {
        Assert.Equal(expected, Verdict(statement, CriterionIds.SingleResult).Status);
    }

    [Theory]
    [InlineData("Over drie jaar zijn cliënten tevredener.")]
    [InlineData("Over drie jaar zijn clienten tevredener.")]
    [InlineData("Over drie jaar zijn CLIËNTEN tevredener.")]
    public void AssessResult_TargetGroupWithOrWithoutDiacritics_IsRecognised(string statement)
    {
        Assert.Equal(CriterionStatus.Passed, Verdict(statement, CriterionIds.TargetGroup).Status);
    }

    [Fact]
    public void AssessResult_MensenMet_QuotesTheWholeGroupAsEvidence()
    {
        var verdict = Verdict("Over drie jaar hebben minder mensen met schulden een betalingsachterstand.", CriterionIds.TargetGroup);

        Assert.Contains("mensen met schulden", verdict.Evidence);
    }

    [Fact]
    public void AssessResult_StructuredFields_CountAsEvidence()
    {
        var draft = new ResultDraft("Eenzaamheid neemt af.", TargetGroup: "75-plussers in Kesteren", Baseline: "42%", Target: "35%", Horizon: "eind 2027");

        var assessment = Coach.Default.AssessResult(draft);

        Assert.Equal(CriterionStatus.Passed, assessment[CriterionIds.TargetGroup].Status);
        Assert.Contains("doelgroep: 75-plussers in Kesteren", assessment[CriterionIds.TargetGroup].Evidence);
        Assert.Equal(CriterionStatus.Passed, assessment[CriterionIds.Measurable].Status);
        Assert.Equal(CriterionStatus.Passed, assessment[CriterionIds.TimeBound].Status);
    }

    [Fact]
    public void AssessResult_Suggestion_FillsThePatternWithWhatWasFound()
    {
        var assessment = Coach.Default.AssessResult(new ResultDraft("Over 3 jaar organiseren we koffieochtenden voor 75-plussers tegen eenzaamheid: van 42% naar 35%."));

        Assert.Equal("Over 3 jaar [verandering, bijv. ‘eenzaamheid’] bij 75-plussers, van 42% naar 35%.", assessment.Suggestion(Language.Dutch));
        Assert.Equal("By ‘Over 3 jaar’, [change, e.g. ‘eenzaamheid’] for 75-plussers, from 42% to 35%.", assessment.Suggestion(Language.English));
        Assert.True(assessment.SuggestionHasPlaceholders);
    }

    [Fact]
    public void AssessResult_EmptyStatement_GivesAdviceInsteadOfThrowing()
    {
        var assessment = Coach.Default.AssessResult(new ResultDraft(string.Empty));

        Assert.Equal(7, assessment.Criteria.Count);
        Assert.Contains("Over [termijn]", assessment.Suggestion(Language.Dutch), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%")]
    [InlineData("en en en")]
    [InlineData("... ; ,")]
    [InlineData("over drie")]
    [InlineData("Het aantal")]
    [InlineData("mensen met")]
    [InlineData("doordat zodat om te")]
    [InlineData("- tot 27-jarigen")]
    [InlineData("van 40% naar")]
    [InlineData("t.o.v. 2024")]
    [InlineData("😀 inwoners 😀")]
    public void AssessResult_FragmentsAndOddInput_StillAnswersEveryCriterion(string statement)
    {
        var result = Coach.Default.AssessResult(new ResultDraft(statement));
        var indicator = Coach.Default.AssessIndicator(new IndicatorDraft(statement, Definition: statement));

        Assert.Equal(CriterionIds.Result, result.Criteria.Select(c => c.Id));
        Assert.Equal(CriterionIds.Indicator, indicator.Criteria.Select(c => c.Id));
        Assert.All(result.Criteria, c => Assert.False(string.IsNullOrWhiteSpace(c.Message(Language.Dutch))));
    }

    [Fact]
    public void AssessResult_Messages_AreWordedInTheLanguageAskedFor()
    {
        var verdict = Verdict("Regie versterken.", CriterionIds.TargetGroup);

        Assert.StartsWith("Noem voor welke inwoners", verdict.Message(Language.Dutch), StringComparison.Ordinal);
        Assert.StartsWith("Say which residents", verdict.Message(Language.English), StringComparison.Ordinal);
    }
}
