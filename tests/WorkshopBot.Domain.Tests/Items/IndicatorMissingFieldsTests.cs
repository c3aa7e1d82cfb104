using WorkshopBot.Domain.Items;
using Xunit;

namespace WorkshopBot.Domain.Tests.Items;

// Issue 12, finding 11: a vertellen indicator has its own definition sheet; tellen keeps its fields.
public sealed class IndicatorMissingFieldsTests
{
    [Fact]
    public void MissingFields_CompleteStorySheet_AsksNothingOfTheCountFields()
    {
        var story = new Indicator
        {
            Name = "Verhalen van deelnemers", ResultId = "r-1", IndicatorKind = IndicatorKind.Vertellen, Type = IndicatorType.Outcome,
            StoriesAbout = "Wat de huiskamer veranderde", StoriesFrom = "Inwoners", CollectionMethod = "Gesprek",
            Frequency = "Jaarlijks", StoriesUse = "Bespreken in de werkgroep", OwnerOrganisation = "Welzijn Rivierenland",
            Need = InformationNeed.NeedToKnow,
        };

        Assert.Empty(story.MissingFields());
    }

    [Fact]
    public void MissingFields_EmptyStory_ListsTheStoryFieldsNotBaselineTargetOrDirection()
    {
        var missing = new Indicator { Name = "Verhalen", IndicatorKind = IndicatorKind.Vertellen }.MissingFields();

        Assert.Contains("storiesAbout", missing);
        Assert.Contains("storiesFrom", missing);
        Assert.Contains("collectionMethod", missing);
        Assert.Contains("storiesUse", missing);
        Assert.Contains("frequency", missing);
        Assert.DoesNotContain("baseline", missing);
        Assert.DoesNotContain("target", missing);
        Assert.DoesNotContain("direction", missing);
        Assert.DoesNotContain("numerator", missing);
    }

    [Fact]
    public void MissingFields_EmptyCount_KeepsTheCountFields()
    {
        var missing = new Indicator { Name = "Aantal deelnemers", IndicatorKind = IndicatorKind.Tellen }.MissingFields();

        Assert.Contains("baseline", missing);
        Assert.Contains("target", missing);
        Assert.Contains("direction", missing);
        Assert.DoesNotContain("storiesAbout", missing);
    }
}
