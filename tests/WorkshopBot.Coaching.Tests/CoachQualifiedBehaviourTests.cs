using WorkshopBot.Coaching.Text;
using Xunit;

namespace WorkshopBot.Coaching.Tests;

/// <summary>
/// Round 10 of issue 15, results: a counted group doing something the lexicons do not know is a change when the
/// predicate carries a qualifier of a behaviour or state — "weer", a duration or frequency per period, the perfect
/// tense of a behaviour — unless it names an output class (taking part, receiving, a named place or service, "laten"
/// + a service). A group before a colon is the subject of the share after it; "vd"/"v.d." read as "van de"; a leading
/// "Met de extra/nieuwe …" is a means; an outcome adjective between a count and the group only says who is counted.
/// </summary>
public sealed class CoachQualifiedBehaviourTests
{
    private static CriterionVerdict OutcomeNotOutput(string statement) =>
        Coach.Default.AssessResult(new ResultDraft(statement))[CriterionIds.OutcomeNotOutput];

    [Theory]
    [InlineData("In 2028 klussen 60 werkzoekenden in Venlo minstens 16 uur per week bij een gewone werkgever.", "per week")]
    [InlineData("Over twee jaar slapen 35 zwerfjongeren in Utrecht weer onder een eigen dak.", "weer")]
    [InlineData("Eind 2027 hebben 120 huurders in Doetinchem hun tochtstrips aangebracht.", "aangebracht")]
    [InlineData("In 2028 hebben 70 ouderen in Epe hun trapleuning vastgezet.", "vastgezet")]
    [InlineData("Eind 2028 vullen 90 statushouders in Ede zonder hulp hun huurtoeslag in.", "zonder hulp")]
    [InlineData("In 2028 staan 40 jongeren zonder startkwalificatie weer in de collegebanken.", "weer")]
    public void AssessResult_CountedGroupWithABehaviourQualifier_IsAChangeWithEvidence(string statement, string evidence)
    {
        var verdict = OutcomeNotOutput(statement);

        CoachAssert.Verdict(CriterionStatus.Passed, evidence, verdict);
    }

    [Theory]
    [InlineData("In 2027 hebben 80 gezinnen een gesprek gehad met de budgetcoach.")]
    [InlineData("In 2027 hebben 200 huurders een slimme thermostaat laten plaatsen.")]
    [InlineData("In 2027 hebben 150 inwoners zich aangemeld bij Het Buurtpunt.")]
    [InlineData("Drie keer per jaar rijdt de Speelbus langs de wijken voor kinderen tot 12 jaar, vanaf 2027.")]
    [InlineData("In 2028 zitten 50 scholieren twee middagen per week in de huiswerkklas.")]
    public void AssessResult_CountedGroupTakingPartOrReceiving_StaysOutput(string statement)
    {
        Assert.Equal(CriterionStatus.Failed, OutcomeNotOutput(statement).Status);
    }

    [Fact]
    public void AssessResult_GroupBeforeAColon_IsTheSubjectOfTheShare()
    {
        var verdict = OutcomeNotOutput("Vaders in Zeewolde: in 2028 vouwt 60% de was op.");

        Assert.Equal(CriterionStatus.Passed, verdict.Status);
        Assert.Contains(verdict.Evidence, e => e.Contains("vouwt 60%", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void AssessResult_QualifiedGroupBeforeAColon_IsTheSubjectOfTheShare()
    {
        var verdict = OutcomeNotOutput("Ouders van kinderen met autisme in Delft: in 2028 plant de helft zelf een weekje vrij.");

        Assert.Equal(CriterionStatus.Passed, verdict.Status);
    }

    [Fact]
    public void AssessResult_OutcomeWordAsTheTopicOfLessons_IsNoChange()
    {
        var verdict = OutcomeNotOutput("In 2027 zijn op alle basisscholen in Hoorn gastlessen over gokken gegeven.");

        Assert.Equal(CriterionStatus.Failed, verdict.Status);
    }

    [Fact]
    public void AssessResult_GroupBeforeAColonTakingPart_StaysOutput()
    {
        Assert.Equal(CriterionStatus.Failed, OutcomeNotOutput("Vaders in Zeewolde: in 2028 komt 60% naar de vaderavond.").Status);
    }

    [Theory]
    [InlineData("In 2028 stalt 70% vd huurders de fiets in de eigen berging.")]
    [InlineData("In 2028 stalt 70% v.d. huurders de fiets in de eigen berging.")]
    public void AssessResult_AbbreviatedVanDe_CountsAsAShare(string statement)
    {
        Assert.Equal(CriterionStatus.Passed, OutcomeNotOutput(statement).Status);
    }

    [Theory]
    [InlineData("80% vd mantelzorgers", new[] { "80", "%", "van", "de", "mantelzorgers" })]
    [InlineData("de helft v.d. ouders", new[] { "de", "helft", "van", "de", "ouders" })]
    [InlineData("begin vh jaar", new[] { "begin", "van", "het", "jaar" })]
    public void Tokenize_ArticleAbbreviations_BecomeTheWords(string text, string[] expected)
    {
        var tokens = DutchTokenizer.Tokenize(text);

        Assert.Equal(expected, tokens.Select(t => t.Text));
        Assert.Equal(text.Length, tokens[^1].End);
    }

    [Fact]
    public void AssessResult_LeadingExtraResource_IsAMeansNotOutput()
    {
        var verdict = OutcomeNotOutput("Met de extra schoolmaatschappelijk werkers spijbelt in 2028 nog maar 5% van de leerlingen in Gouda.");

        Assert.Equal(CriterionStatus.Passed, verdict.Status);
        Assert.DoesNotContain(verdict.Evidence, e => e.Contains("extra", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void AssessResult_OutcomeAdjectiveOfCountedVisitors_IsNoChange()
    {
        var verdict = OutcomeNotOutput("In 2027 schuiven 60 kwetsbare ouderen elke dinsdag aan bij de soepmiddag.");

        Assert.Equal(CriterionStatus.Failed, verdict.Status);
    }

    [Fact]
    public void AssessResult_RegieVersterken_IsStillTooAbstract()
    {
        var result = Coach.Default.AssessResult(new ResultDraft("Regie versterken"));

        Assert.Equal(CriterionStatus.Failed, result[CriterionIds.Concrete].Status);
    }
}
