using System.Text.Json;

namespace WorkshopBot.TestKit.Playground;

// What POST /_conversation/v1/invoke returns: the bot's invoke response body reduced to {type, value}.
// The Playground drops statusCode; a non-2xx HTTP answer from the bot becomes a 502 (PlaygroundApiException).
public sealed record PlaygroundInvokeResponse(string? Type, JsonElement Value)
{
    public const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    public bool IsCard => Type == AdaptiveCardType;
}
