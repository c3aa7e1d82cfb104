using System.Text.Json;
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

    public JsonNode ToJson() => JsonSerializer.SerializeToNode(this, BotJson.Context.AdaptiveCardInvokeResponse)!;
}
