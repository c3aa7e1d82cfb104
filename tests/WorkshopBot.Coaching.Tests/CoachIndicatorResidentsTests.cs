using Xunit;

namespace WorkshopBot.Coaching.Tests;

/// <summary>
/// Round 10 of issue 15, indicators: residents counted for what they do in a relative clause are outcome (the round-9
/// share rule for results, applied to indicators) unless the clause names taking part, using, receiving, a service or
/// a named place; reports and counts of a social problem are outcome; meetings of professionals and weeks on a waiting
/// list are process; volunteers counted for their training and "inzet" are input; a photo report is a story about what
/// was done. Every verdict names its words.
/// </summary>
public sealed class CoachIndicatorResidentsTests
{
    [Theory]
    [InlineData("Percentage scholieren dat op de fiets een helm draagt", "dat op de fiets een helm draagt")]
    [InlineData("Aandeel 75-plussers dat 's avonds de voordeur op slot doet", "de voordeur op slot doet")]
    [InlineData("Aantal ouderen die hun medicijnen zelf klaarzetten", "klaarzetten")]
    public void AssessIndicator_ResidentsDoingSomething_IsOutcomeWithTheClauseAsEvidence(string name, string evidence)
    {
        var indicator = Coach.Default.AssessIndicator(new IndicatorDraft(name));

        CoachAssert.Type("outcome", evidence, indicator);
    }

    [Theory]
    [InlineData("Aantal gezinnen dat kleding ophaalt bij de Kledingbank")]
    [InlineData("Percentage jongeren dat op de wachtlijst staat voor de jobcoach")]
    [InlineData("Aantal inwoners met geldzorgen dat een budgetcursus heeft gevolgd")]
    [InlineData("Aantal ouderen dat wordt bezocht door een vrijwilliger")]
    public void AssessIndicator_ResidentsTakingPartOrReceiving_IsOutput(string name)
    {
        var indicator = Coach.Default.AssessIndicator(new IndicatorDraft(name));

        Assert.Equal("output", indicator.TypeText);
        Assert.NotEmpty(indicator.TypeEvidence);
    }

    [Theory]
    [InlineData("Aantal meldingen van kindermishandeling per jaar")]
    [InlineData("Aantal fietsendiefstallen rond het station")]
    [InlineData("Aantal huurachterstanden bij de corporatie")]
    [InlineData("Schoolverzuim")]
    [InlineData("Sociale uitsluiting")]
    public void AssessIndicator_SocialProblemOrIncidentCount_IsOutcome(string name)
    {
        var indicator = Coach.Default.AssessIndicator(new IndicatorDraft(name));

        Assert.Equal("outcome", indicator.TypeText);
        Assert.NotEmpty(indicator.TypeEvidence);
    }

    [Theory]
    [InlineData("Aantal casustafels over jeugdcriminaliteit per jaar", "process")]
    [InlineData("Aantal netwerkbijeenkomsten van jeugdprofessionals", "process")]
    [InlineData("Gemiddeld aantal dagen op de wachtlijst voor dagbesteding", "process")]
    [InlineData("Aantal buddy's met een afgeronde introductietraining", "input")]
    [InlineData("Inzet opbouwwerk in uren per maand", "input")]
    [InlineData("Aantal uitleningen van de Speel-o-theek", "output")]
    [InlineData("Aantal jongeren in contact met een jongerencoach via Instagram", "output")]
    [InlineData("Percentage ouderen met wekelijks contact met buren", "outcome")]
    public void AssessIndicator_MeetingsWaitingEffortAndUse_GetTheirType(string name, string type)
    {
        var indicator = Coach.Default.AssessIndicator(new IndicatorDraft(name));

        Assert.Equal(type, indicator.TypeText);
        Assert.NotEmpty(indicator.TypeEvidence);
    }

    [Fact]
    public void AssessIndicator_PhotoReport_IsAStoryAboutWhatWasDone()
    {
        var indicator = Coach.Default.AssessIndicator(new IndicatorDraft("Fotoreportage van de burendag in de Vogelwijk"));

        Assert.Equal("story", indicator.ModeText);
        Assert.Equal("output", indicator.TypeText);
        Assert.True(indicator.TypeIsGuess);
    }
}
