using System.Text.Json.Nodes;
using WorkshopBot.Cards;
using WorkshopBot.Domain.Localization;
using WorkshopBot.TestKit.Cards;
using Xunit;

namespace WorkshopBot.Cards.Tests;

// Step 6 goes on after the meeting: its step card has a way into the monitoring overview, posted as a new
// message (Action.Submit) so the shared step card stays the same for everyone else.
public sealed class StepCardMonitoringTests
{
    [Theory]
    [InlineData(Language.Dutch, "Voortgang en verhalen")]
    [InlineData(Language.English, "Progress and stories")]
    public void Build_Step6_HasASubmitThatOpensTheMonitoringOverviewOfThisWerkgroep(Language language, string title)
    {
        var card = StepCard.Build(SampleViews.StepCard(step: 6), language);

        var submit = Assert.Single(CardQuery.OfType(card, "Action.Submit"), a => (string?)a["data"]?["verb"] == CardVerbs.ShowMonitoring);
        Assert.Equal(title, (string?)submit["title"]);
        Assert.Equal(SampleViews.StepCard(step: 6).WerkgroepId, (string?)submit["data"]?[CardDataKeys.WerkgroepId]);
        Assert.Null(submit["data"]?["msteams"]);
        Assert.Empty(AdaptiveCardSchemaValidator.Instance.Validate(card));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public void Build_StepsBefore6_HaveNoMonitoringButton(int step)
    {
        var card = StepCard.Build(SampleViews.StepCard(step: step), Language.Dutch);

        Assert.DoesNotContain(CardQuery.Objects(card), o => (string?)o["data"]?["verb"] == CardVerbs.ShowMonitoring);
    }

    [Theory]
    [InlineData(Language.Dutch, "voortgang")]
    [InlineData(Language.English, "progress")]
    public void HelpCard_ListsTheProgressCommand(Language language, string command)
    {
        var card = HelpCard.Build(language);

        Assert.Contains("`" + command + "`", CardQuery.Texts(card));
    }
}
