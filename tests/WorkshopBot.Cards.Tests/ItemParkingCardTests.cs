using WorkshopBot.Cards;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Localization;
using WorkshopBot.TestKit.Cards;
using Xunit;

namespace WorkshopBot.Cards.Tests;

// Issue 16: parkeren and terug naar concept sit where vaststellen is offered — the item card and the step
// card's item list — for the moderator only, as the same parkItem / unparkItem command the board posts.
public sealed class ItemParkingCardTests
{
    [Fact]
    public void ResultCard_ModeratorOnConcept_OffersParkWithTheItemsData()
    {
        var card = ResultCard.Build(SampleViews.Result(SampleViews.Moderator), Language.Dutch);

        var park = CardQuery.ExecuteActions(card, CardVerbs.ParkItem).Single();

        Assert.Equal("Parkeren", (string?)park["title"]);
        Assert.Equal("res-001", (string?)park["data"]!["itemId"]);
        Assert.Equal(CardValues.Result, (string?)park["data"]!["itemKind"]);
        Assert.Empty(CardQuery.ExecuteActions(card, CardVerbs.UnparkItem));
        AdaptiveCardSchemaValidator.Instance.AssertValid(card);
    }

    [Theory]
    [InlineData(Language.Dutch, "Geparkeerd", "Terug naar concept")]
    [InlineData(Language.English, "Parked", "Back to draft")]
    public void ResultCard_ModeratorOnParked_ShowsParkedAndOffersBackToDraftButNotVaststellen(Language language, string status, string unpark)
    {
        var card = ResultCard.Build(SampleViews.Result(SampleViews.Moderator, ItemStatus.Geparkeerd), language);

        Assert.Contains(status, CardQuery.Texts(card));
        Assert.Equal(unpark, (string?)CardQuery.ExecuteActions(card, CardVerbs.UnparkItem).Single()["title"]);
        Assert.Empty(CardQuery.ExecuteActions(card, CardVerbs.ParkItem));
        Assert.Empty(CardQuery.ExecuteActions(card, CardVerbs.AcceptItem));
        AdaptiveCardSchemaValidator.Instance.AssertValid(card);
    }

    [Fact]
    public void ResultCard_Participant_GetsNoParkingActions()
    {
        foreach (var status in new[] { ItemStatus.Concept, ItemStatus.Geparkeerd })
        {
            var card = ResultCard.Build(SampleViews.Result(SampleViews.Participant, status), Language.Dutch);

            Assert.Empty(CardQuery.ExecuteActions(card, CardVerbs.ParkItem));
            Assert.Empty(CardQuery.ExecuteActions(card, CardVerbs.UnparkItem));
        }
    }

    [Fact]
    public void StepCard_ItemList_ModeratorCanParkEachItemAndComesBackToTheStepCard()
    {
        var items = SampleViews.StepItems(3);
        var moderator = StepCard.Build(SampleViews.StepCard(viewer: SampleViews.Moderator) with { Items = items }, Language.Dutch);
        var participant = StepCard.Build(SampleViews.StepCard(viewer: SampleViews.Participant) with { Items = items }, Language.Dutch);

        var parks = CardQuery.ExecuteActions(moderator, CardVerbs.ParkItem).ToList();

        Assert.Equal(items.Select(i => i.ItemId), parks.Select(p => (string?)p["data"]!["itemId"]));
        Assert.All(parks, p => Assert.Equal("true", p["data"]!["returnToStep"]!.ToString().ToLowerInvariant()));
        Assert.Empty(CardQuery.ExecuteActions(participant, CardVerbs.ParkItem));
        AdaptiveCardSchemaValidator.Instance.AssertValid(moderator);
    }
}
