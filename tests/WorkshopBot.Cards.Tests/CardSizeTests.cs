using System.Text.Json.Nodes;
using WorkshopBot.Cards;
using WorkshopBot.Domain.Localization;
using Xunit;

namespace WorkshopBot.Cards.Tests;

// The card budget decides "fits or not" from a bound on the size where it can (CardJson.FitsIn). That is only
// safe if the bound never falls below what the card really weighs: at one byte under a card's measured size it
// must say "does not fit", whatever characters the card holds.
public sealed class CardSizeTests
{
    public static IEnumerable<object[]> Cards() => CardCatalog.All();

    [Theory]
    [MemberData(nameof(Cards))]
    public void FitsIn_AnyCard_AgreesWithTheMeasuredSizeAtTheLimit(string name, Language language)
    {
        var card = CardCatalog.Build(name, language);
        var size = CardJson.SizeInBytes(card);

        Assert.True(CardJson.FitsIn(card, size), $"{name} ({language}): {size} bytes should fit in {size}.");
        Assert.False(CardJson.FitsIn(card, size - 1), $"{name} ({language}): {size} bytes should not fit in {size - 1}.");
    }

    // Every ASCII character, the Dutch letters with diacritics, an emoji (a surrogate pair), a line separator and a
    // lone surrogate, in a text, in a property name and in data; plus numbers, booleans and null.
    [Fact]
    public void FitsIn_EveryKindOfCharacter_NeverFitsBelowTheMeasuredSize()
    {
        var ascii = new string([.. Enumerable.Range(0, 128).Select(c => (char)c)]);
        const string Other = "ëéïöüÉ€ — “quote” 🙂 \u2028 \ud800 <b>&amp;</b> 'x' + `y` \\ \"z\"";
        foreach (var text in new[] { ascii, Other, ascii + Other, "gewone tekst zonder iets bijzonders" })
        {
            var card = new JsonObject
            {
                ["type"] = "AdaptiveCard",
                ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true }),
                [text] = new JsonObject { ["n"] = 12345, ["d"] = -1.5e300, ["m"] = 79228162514264337593543950335m, ["f"] = false, ["z"] = null },
            };
            var size = CardJson.SizeInBytes(card);

            Assert.True(CardJson.FitsIn(card, size));
            Assert.False(CardJson.FitsIn(card, size - 1), $"{size} bytes should not fit in {size - 1} ({text.Length} characters).");
        }
    }
}
