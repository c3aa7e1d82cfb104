using WorkshopBot.Domain.Items;
using Xunit;

namespace WorkshopBot.Coaching.Tests;

/// <summary>
/// Round 12 of issue 15, indicators: counts of problems and events among residents (known event nouns, or an unknown word
/// before "bij/onder" and a group, as a marked best guess), story formats (podcast, collage, beeldverslag), resources as
/// the head of the name (input whatever the participle), volunteers' hours, shares handled within a deadline (process),
/// questions put to a service (output), and a best guess instead of no type. Every verdict names its words.
/// </summary>
public sealed class CoachIndicatorCountsAndResourcesTests
{
    private static IndicatorAssessment Assess(string name) => Coach.Default.AssessIndicator(new IndicatorDraft(name));

    [Theory]
    [InlineData("Aantal botbreuken bij kinderen onder 12 jaar per jaar", "botbreuken")]
    [InlineData("Aantal keukenbranden in huizen van alleenwonende 80-plussers", "keukenbranden")]
    [InlineData("% drinkers onder scholieren van 15 jaar", "scholieren")]
    public void AssessIndicator_ProblemsOrEventsAmongResidents_AreOutcomeWithEvidence(string name, string evidence)
    {
        var indicator = Assess(name);

        CoachAssert.Type("outcome", evidence, indicator);
    }

    [Fact]
    public void AssessIndicator_UnknownWordCountedAmongResidents_IsAMarkedOutcomeGuess()
    {
        var indicator = Assess("Aantal hitteklachten bij ouderen per zomer");

        Assert.Equal("outcome", indicator.TypeText);
        Assert.True(indicator.TypeIsGuess);
        Assert.Contains(indicator.TypeEvidence, e => e.Contains("hitteklachten", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Podcast met jonge mantelzorgers over hun week", "outcome")]
    [InlineData("Collage van het zomerfeest in de Pijp", "output")]
    [InlineData("Beeldverslag van de opening van de speeltuin", "output")]
    public void AssessIndicator_StoryFormats_AreStoriesWithAType(string name, string type)
    {
        var indicator = Assess(name);

        Assert.Equal(IndicatorKind.Vertellen, indicator.Mode);
        Assert.Equal(type, indicator.TypeText);
    }

    [Theory]
    [InlineData("Ingezette formatie buurtwerk in fte", "formatie")]
    [InlineData("Beschikbaar budget voor de minimaregelingen", "budget")]
    [InlineData("Aantal uren dat vrijwilligers per week inzetten voor de buurtbus", "vrijwilligers")]
    public void AssessIndicator_ResourcesOrHelpersHours_AreInputWithEvidence(string name, string evidence)
    {
        var indicator = Assess(name);

        CoachAssert.Type("input", evidence, indicator);
    }

    [Fact]
    public void AssessIndicator_DebtOfResidents_IsNoResource()
    {
        var indicator = Assess("Gemiddeld schuldbedrag van huishoudens bij aanmelding");

        Assert.DoesNotContain(indicator.TypeEvidence, e => e.StartsWith("middelen", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Percentage signalen van schooluitval dat binnen twee weken wordt opgepakt", "process")]
    [InlineData("Aantal hulpvragen bij het Steunpunt Mantelzorg", "output")]
    [InlineData("Percentage jongeren dat binnen zes maanden weer naar school gaat", "outcome")]
    public void AssessIndicator_TimelinessShareOrQuestionsToAService_HasItsType(string name, string type)
    {
        Assert.Equal(type, Assess(name).TypeText);
    }

    [Fact]
    public void AssessIndicator_NoWordKnown_GetsAMarkedGuessInsteadOfNoType()
    {
        var indicator = Assess("Aantal duofietsen in de kernen");

        Assert.Equal("output", indicator.TypeText);
        Assert.True(indicator.TypeIsGuess);
    }
}
