using WorkshopBot.Domain.Items;
using Xunit;

namespace WorkshopBot.Coaching.Tests;

/// <summary>
/// Round 7 of issue 15: the change predicates and outcome words match their inflected forms, so an outcome written
/// in another person or tense is still seen as a change; a group word is never read as an inflected outcome.
/// </summary>
public sealed class CoachInflectionTests
{
    [Theory]
    [InlineData("In 2028 rookt nog maar 12% van de zwangere vrouwen, tegen 18% nu.")]
    [InlineData("Over twee jaar slaagt 70% van de inburgeraars in Beuningen voor het examen.")]
    [InlineData("Eind 2027 redt 85% van de vijfjarigen zich in het water.")]
    [InlineData("In 2027 durfden meer mantelzorgers hun werkgever om verlof te vragen: van 30 naar 45%.")]
    public void AssessResult_OutcomeVerbInAnotherForm_IsNoOutput(string statement)
    {
        var assessment = Coach.Default.AssessResult(new ResultDraft(statement));

        Assert.Equal(CriterionStatus.Passed, assessment[CriterionIds.OutcomeNotOutput].Status);
    }

    [Fact]
    public void AssessResult_GroupWordLikeAnOutcomeWord_IsNoChange()
    {
        var assessment = Coach.Default.AssessResult(new ResultDraft("Vanaf 2026 staat er elke woensdag een soepbus bij het winkelcentrum voor daklozen."));

        Assert.Equal(CriterionStatus.Failed, assessment[CriterionIds.OutcomeNotOutput].Status);
    }

    [Theory]
    [InlineData("Percentage zwangere vrouwen dat rookt", IndicatorType.Outcome)]
    [InlineData("Percentage inburgeraars dat slaagt voor het examen", IndicatorType.Outcome)]
    [InlineData("Aantal getekende betalingsregelingen", IndicatorType.Output)]
    [InlineData("Aantal uitgereikte tegoedbonnen", IndicatorType.Output)]
    public void AssessIndicator_InflectedChangeOrCountedParticiple_GetsItsType(string name, IndicatorType type)
    {
        Assert.Equal(type, Coach.Default.AssessIndicator(new IndicatorDraft(name)).Type);
    }
}
