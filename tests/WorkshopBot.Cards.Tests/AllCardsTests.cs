using WorkshopBot.Cards;
using WorkshopBot.Domain.Localization;
using WorkshopBot.TestKit.Cards;
using Xunit;

namespace WorkshopBot.Cards.Tests;

public sealed class AllCardsTests
{
    public static IEnumerable<object[]> Cards() => CardCatalog.All();

    [Theory]
    [MemberData(nameof(Cards))]
    public void Build_AnyCard_ValidatesAgainstAdaptiveCard15Schema(string name, Language language)
    {
        var card = CardCatalog.Build(name, language);

        var errors = AdaptiveCardSchemaValidator.Instance.Validate(card);

        Assert.True(errors.Count == 0, $"{name} ({language}):\n" + string.Join("\n", errors.Take(20)));
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void Build_AnyCard_StaysUnder80Kilobytes(string name, Language language)
    {
        var card = CardCatalog.Build(name, language);

        var size = CardJson.SizeInBytes(card);

        Assert.True(size < CardLimits.MaxCardBytes, $"{name} ({language}) is {size} bytes.");
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void Build_AnyCard_UsesOnlyVerbsFromCardVerbsWithObjectData(string name, Language language)
    {
        var card = CardCatalog.Build(name, language);

        var actions = CardQuery.ExecuteActions(card);

        Assert.All(actions, a =>
        {
            Assert.Contains((string?)a["verb"], CardVerbs.All);
            Assert.IsType<System.Text.Json.Nodes.JsonObject>(a["data"]);
        });
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void Build_AnyCard_RefreshListsAtMost60Users(string name, Language language)
    {
        var card = CardCatalog.Build(name, language);

        var userIds = card["refresh"]?["userIds"]?.AsArray();

        Assert.True(userIds is null || (userIds.Count is > 0 and <= CardLimits.MaxRefreshUserIds), name);
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void Build_SameViewTwice_ProducesIdenticalJson(string name, Language language)
    {
        var first = CardJson.Serialize(CardCatalog.Build(name, language));

        var second = CardJson.Serialize(CardCatalog.Build(name, language));

        Assert.Equal(first, second);
    }

    [Fact]
    public void CardVerbs_All_IsCompleteAndUnique()
    {
        var declared = typeof(CardVerbs).GetFields()
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        Assert.Equal(declared.Order(), CardVerbs.All.Order());
        Assert.Equal(CardVerbs.All.Count, CardVerbs.All.Distinct().Count());
    }

    [Fact]
    public void CardVerbs_All_EveryVerbIsSentBySomeCard()
    {
        var sent = CardCatalog.All()
            .Where(args => (Language)args[1] == Language.Dutch)
            .Select(args => CardCatalog.Build((string)args[0], Language.Dutch))
            // Dialog buttons (DialogCards) are Action.Submit carrying their verb in data.
            .SelectMany(card => CardQuery.Verbs(card).Concat(CardQuery.OfType(card, "Action.Submit").Select(a => (string?)a["data"]?["verb"]).OfType<string>()))
            .ToHashSet();

        Assert.Equal([], CardVerbs.All.Where(v => !sent.Contains(v) && !NotSentByACard.Contains(v)).ToArray());
    }

    private static readonly string[] NotSentByACard = [];

    [Fact]
    public void Build_DutchAndEnglish_ProduceDifferentText()
    {
        var dutch = CardQuery.AllText(CardCatalog.Build("step-moderator", Language.Dutch));

        var english = CardQuery.AllText(CardCatalog.Build("step-moderator", Language.English));

        Assert.Contains("Stap 3 · Activiteiten", dutch, StringComparison.Ordinal);
        Assert.Contains("Step 3 · Activities", english, StringComparison.Ordinal);
    }
}
