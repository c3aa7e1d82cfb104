using System.Text;
using WorkshopBot.Cards;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.TestKit.Cards;
using WorkshopBot.Web.Summaries;
using Xunit;

namespace WorkshopBot.Web.Tests.Summaries;

public sealed class SummaryCardSizeTests
{
    [Theory]
    [InlineData(Language.Dutch, "user-003")]
    [InlineData(Language.English, "user-003")]
    [InlineData(Language.Dutch, "moderator-1")]
    public void Summary_ThirtyResultsHundredIndicatorsManyResponses_ValidAndUnder80KB(Language language, string viewerId)
    {
        var now = ReviewFixture.MondayMorning;
        var moderator = new Actor(ReviewFixture.Moderator.UserId, ReviewFixture.Moderator.Name);
        var full = ReviewFixture.Content(results: 30, indicatorsPerResult: 4);

        // 30 results, the first 25 with four indicators each: 100 indicators.
        var content = full with { Results = full.Results.Select((r, i) => i < 25 ? r : r with { Indicators = [] }).ToList() };
        var review = SummaryReview.Publish("traject-1", "werkgroep-1", 3, content, moderator, [ReviewFixture.Moderator], Enumerable.Range(1, 100).Select(ReviewFixture.Reviewer).ToList(), now)
            .Then(c => c.Aggregate.SetDeadline(moderator, now.AddDays(7), now)).Value.Aggregate;
        foreach (var i in Enumerable.Range(1, 80))
        {
            var who = ReviewFixture.Reviewer(i);
            review = review.Respond(new Actor(who.UserId, who.Name, who.Organisation), i % 3 == 0 ? ReviewAnswer.Bezwaar : ReviewAnswer.Akkoord, i % 3 == 0 ? new string('x', 900) : null, now).Value.Aggregate;
        }

        var card = SummaryCard.Build(SummaryViews.Summary(review, viewerId), language);

        Assert.Equal(100, content.Results.Sum(r => r.Indicators.Count));
        AdaptiveCardSchemaValidator.Instance.AssertValid(card);
        Assert.True(Encoding.UTF8.GetByteCount(card.ToJsonString()) < 80 * 1024, "card must stay under 80 KB");
        Assert.Contains("Werkgroep Zorg", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(viewerId == ReviewFixture.Moderator.UserId, card.ToJsonString().Contains(CardVerbs.ChangeSummaryDeadline, StringComparison.Ordinal));
    }
}
