using System.Text.Json;
using WorkshopBot.Web.Bot;
using Xunit;

namespace WorkshopBot.Web.Tests.Bot;

// Issue 13: card data is attacker-controlled JSON; text that is not valid UTF-16 must read as absent.
public sealed class CardDataTests
{
    [Fact]
    public void String_KeyWithHalfASurrogatePairBeforeTheWantedKey_SkipsItAndFindsTheKey()
    {
        var data = Data("""{"\udc00kapot":"x","werkgroepId":"wg-1"}""");

        Assert.Equal("wg-1", data.String("werkgroepId"));
        Assert.Null(data.String("verb"));
    }

    [Fact]
    public void ListAndInt_ValuesWithHalfASurrogatePair_ReadAsAbsent()
    {
        var data = Data("""{"ids":["n-1","\ud800"],"step":"\ud800"}""");

        Assert.Equal(["n-1"], data.List("ids", ','));
        Assert.Null(data.Int("step"));
    }

    private static CardData Data(string json) => new(JsonDocument.Parse(json).RootElement);
}
