using System.Text.Json.Nodes;

namespace WorkshopBot.BotProtocol.Schema;

// Universal Actions response body: https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/work-with-universal-actions-for-adaptive-cards
public sealed record AdaptiveCardInvokeResponse(int StatusCode, string Type, JsonNode? Value)
{
    public static AdaptiveCardInvokeResponse Card(JsonNode card) => new(200, ContentTypes.AdaptiveCard, card);

    public static AdaptiveCardInvokeResponse Message(string text) => new(200, ContentTypes.ActivityMessage, JsonValue.Create(text));

    public static AdaptiveCardInvokeResponse Error(int statusCode, string code, string message)
    {
        if (statusCode is < 400 or > 599)
        {
            throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, "Error responses use a 4xx or 5xx status code.");
        }

        return new(statusCode, ContentTypes.Error, new JsonObject { ["code"] = code, ["message"] = message });
    }

    // The wire shape of BotJsonContext (camelCase, a null value omitted), built as nodes around the card itself:
    // SerializeToNode would write the whole card out and parse it back, once per answer. A card that already
    // sits in another tree is copied, since a node has one parent.
    public JsonNode ToJson()
    {
        var json = new JsonObject { ["statusCode"] = StatusCode, ["type"] = Type };
        if (Value is not null)
        {
            json["value"] = Value.Parent is null ? Value : Value.DeepClone();
        }

        return json;
    }
}
