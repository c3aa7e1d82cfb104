using System.Reflection;
using System.Text.RegularExpressions;
using WorkshopBot.Cards;
using WorkshopBot.Cards.Localization;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.Domain.Werkgroepen;
using Xunit;

namespace WorkshopBot.Cards.Tests;

public sealed class LocalizationTests
{
    [Theory]
    [InlineData(null, Language.Dutch)]
    [InlineData("", Language.Dutch)]
    [InlineData("nl-NL", Language.Dutch)]
    [InlineData("nl-BE", Language.Dutch)]
    [InlineData("de-DE", Language.Dutch)]
    [InlineData("en", Language.English)]
    [InlineData("en-US", Language.English)]
    [InlineData("EN-gb", Language.English)]
    public void FromLocale_Locale_PicksLanguage(string? locale, Language expected)
    {
        Assert.Equal(expected, Languages.FromLocale(locale));
    }

    [Fact]
    public void CardText_BothTables_HaveNoEmptyTextAndMatchingPlaceholders()
    {
        var properties = typeof(CardText).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string));

        foreach (var property in properties)
        {
            var dutch = (string)property.GetValue(CardText.Dutch)!;
            var english = (string)property.GetValue(CardText.English)!;
            Assert.False(string.IsNullOrWhiteSpace(dutch), property.Name);
            Assert.False(string.IsNullOrWhiteSpace(english), property.Name);
            Assert.Equal(Placeholders(dutch), Placeholders(english));
        }
    }

    [Fact]
    public void CardText_For_ReturnsTableOfThatLanguage()
    {
        Assert.Equal(Language.Dutch, CardText.For(Language.Dutch).Language);
        Assert.Equal(Language.English, CardText.For(Language.English).Language);
        Assert.Equal(12, CardText.Dutch.Months.Count);
        Assert.Equal(CardText.Dutch.HelpCommands.Count, CardText.English.HelpCommands.Count);
    }

    [Fact]
    public void CompassSteps_Dutch_MatchTheKwaliteitskompas()
    {
        var names = CompassSteps.All.Select(step => CardText.Dutch.Step(step).Name);

        Assert.Equal(
            ["Monitoring & ambities", "Maatschappelijk resultaat", "Activiteiten", "Input / kwaliteit", "Outcome", "Verbetercyclus"],
            names);
        Assert.All(CompassSteps.All, step => Assert.False(string.IsNullOrWhiteSpace(CardText.English.Step(step).Example)));
        Assert.Equal(CompassSteps.All.Count, CardText.Dutch.StepTexts.Count);
        Assert.Equal(CompassSteps.All.Count, CardText.English.StepTexts.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public void CompassSteps_Get_OutOfRange_Throws(int step)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CardText.Dutch.Step(step));
    }

    [Fact]
    public void CardValues_WireValues_RoundTrip()
    {
        Assert.All(Enum.GetValues<FormalItemKind>(), k => Assert.True(CardValues.TryParseItemKind(CardValues.ToWire(k), out var back) && back == k));
        Assert.All(Enum.GetValues<IndicatorType>(), k => Assert.True(CardValues.TryParseLevel(CardValues.ToWire(k), out var back) && back == k));
        Assert.All(Enum.GetValues<IndicatorKind>(), k => Assert.True(CardValues.TryParseMeasure(CardValues.ToWire(k), out var back) && back == k));
        Assert.All(Enum.GetValues<IndicatorDirection>(), k => Assert.True(CardValues.TryParseDirection(CardValues.ToWire(k), out var back) && back == k));
        Assert.All(Enum.GetValues<InformationNeed>(), k => Assert.True(CardValues.TryParsePriority(CardValues.ToWire(k), out var back) && back == k));
        Assert.All(Enum.GetValues<ReviewAnswer>(), k => Assert.True(CardValues.TryParseReviewAnswer(CardValues.ToWire(k), out var back) && back == k));
        Assert.False(CardValues.TryParseReviewAnswer("misschien", out _));
    }

    private static string[] Placeholders(string text) =>
        Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Distinct().Order().ToArray();
}
