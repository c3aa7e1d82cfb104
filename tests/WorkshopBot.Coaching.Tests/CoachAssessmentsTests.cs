using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Localization;
using Xunit;

namespace WorkshopBot.Coaching.Tests;

// The cards, the board and the exports all read stored items through CoachAssessments, so the coach
// quotes a stored indicator's direction in the words of its own message.
public sealed class CoachAssessmentsTests
{
    private static readonly Indicator Lonely = new()
    {
        Id = "i-1",
        Name = "Aandeel 75-plussers dat zich ernstig eenzaam voelt",
        Baseline = "32%",
        Target = "22%",
        Direction = IndicatorDirection.Down,
    };

    [Theory]
    [InlineData(Language.Dutch, "(dalen)")]
    [InlineData(Language.English, "(decrease)")]
    public void Assess_StoredIndicator_QuotesTheDirectionInTheMessagesLanguage(Language language, string expected)
    {
        var target = CoachAssessments.Assess(Lonely, language).Criteria.Single(c => c.Id == "target");

        Assert.Contains(expected, target.Message(language), StringComparison.Ordinal);
        Assert.DoesNotContain("Down", target.Message(language), StringComparison.Ordinal);
    }
}
