using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.BotProtocol.Tests.Support;

namespace WorkshopBot.BotProtocol.Tests.Schema;

public sealed class BotJsonTests
{
    [Fact]
    public void Serialize_UnknownFields_SurviveRoundTrip()
    {
        var activity = Payloads.Load("unknown-type");

        var json = JsonNode.Parse(BotJson.Serialize(activity))!;

        Assert.Equal(3, json["someFutureField"]!["nested"]!.AsArray().Count);
    }

    [Fact]
    public void Serialize_ChannelDataExtras_SurviveRoundTrip()
    {
        var activity = Payloads.Load("message-channel-mention");

        var json = JsonNode.Parse(BotJson.Serialize(activity))!;

        Assert.Equal("19:abcdef0123456789@thread.tacv2", json["channelData"]!["teamsChannelId"]!.GetValue<string>());
        Assert.Equal("clientInfo", json["entities"]![2]!["type"]!.GetValue<string>());
        Assert.Equal("Europe/Amsterdam", json["entities"]![2]!["timezone"]!.GetValue<string>());
    }

    [Fact]
    public void Serialize_NullFields_AreOmittedAndNamesAreCamelCase()
    {
        var json = BotJson.Serialize(Activity.CreateMessage("hoi"));

        Assert.Equal("""{"type":"message","text":"hoi"}""", json);
    }

    [Fact]
    public void DeserializeActivity_MixedCaseKeys_AreRead()
    {
        var activity = BotJson.DeserializeActivity("""{"TYPE":"message","Conversation":{"ID":"c1","ConversationType":"personal"},"serviceURL":"https://x/"}"""u8);

        Assert.Equal("message", activity!.Type);
        Assert.Equal("c1", activity.Conversation!.Id);
        Assert.Equal("https://x/", activity.ServiceUrl);
    }

    [Fact]
    public void DeserializeActivity_NestingBeyondMaxDepth_Throws()
    {
        var deep = new StringBuilder("""{"type":"message","value":""");
        deep.Append('[', 200).Append(']', 200).Append('}');

        Assert.ThrowsAny<JsonException>(() => BotJson.DeserializeActivity(Encoding.UTF8.GetBytes(deep.ToString())));
    }

    [Fact]
    public void AdaptiveCardInvokeResponse_Error_HasErrorShape()
    {
        var json = AdaptiveCardInvokeResponse.Error(400, "StepClosed", "Deze stap is gesloten.").ToJson();

        Assert.Equal(400, json["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.error", json["type"]!.GetValue<string>());
        Assert.Equal("StepClosed", json["value"]!["code"]!.GetValue<string>());
        Assert.Equal("Deze stap is gesloten.", json["value"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public void AdaptiveCardInvokeResponse_Message_HasMessageShape()
    {
        var json = AdaptiveCardInvokeResponse.Message("Opgeslagen").ToJson();

        Assert.Equal("""{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"Opgeslagen"}""", json.ToJsonString());
    }

    [Fact]
    public void AdaptiveCardInvokeResponse_Card_WritesWhatTheSerializerWrites()
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = "Notitie <b>\"één\"</b> 🙂" }),
        };
        var response = AdaptiveCardInvokeResponse.Card(card);
        var expected = JsonSerializer.Serialize(response, BotJson.Context.AdaptiveCardInvokeResponse);

        var written = JsonSerializer.Serialize(response.ToJson(), BotJson.Context.JsonNode);

        Assert.Equal(expected, written);
        Assert.Contains("\"type\":\"application/vnd.microsoft.card.adaptive\",\"value\":{\"type\":\"AdaptiveCard\"", written);
    }

    [Fact]
    public void AdaptiveCardInvokeResponse_CardAlreadyInAnotherTree_IsCopiedAndTheOtherTreeKeepsIt()
    {
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5" };
        var attachment = new JsonObject { ["content"] = card };

        var json = AdaptiveCardInvokeResponse.Card(card).ToJson();

        Assert.Same(card, attachment["content"]);
        Assert.Equal("AdaptiveCard", json["value"]!["type"]!.GetValue<string>());
        Assert.NotSame(card, json["value"]);
    }

    [Fact]
    public void AdaptiveCardInvokeResponse_ErrorWithSuccessStatus_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AdaptiveCardInvokeResponse.Error(200, "x", "y"));
    }
}
