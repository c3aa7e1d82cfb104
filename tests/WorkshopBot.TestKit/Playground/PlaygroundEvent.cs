using System.Text.Json;

namespace WorkshopBot.TestKit.Playground;

// One frame of the Playground's websocket: a bot message created or updated, or a typing indicator.
// Raw is the whole frame ({action, actionConversationId, message{messageId, from, text, attachments, …}}).
public sealed record PlaygroundEvent(
    string Action,
    string ConversationId,
    string? MessageId,
    string? PostConversationId,
    string? Text,
    IReadOnlyList<JsonElement> Attachments,
    JsonElement Raw)
{
    public const string CreateMessage = "createMessage";
    public const string UpdateMessage = "updateMessage";
    public const string Typing = "typing";

    public bool IsCreate => Action == CreateMessage;

    public bool IsUpdate => Action == UpdateMessage;

    // The content of the first Adaptive Card attachment, if any.
    public JsonElement? Card
    {
        get
        {
            foreach (var attachment in Attachments)
            {
                if (attachment.TryGetProperty("contentType", out var type)
                    && type.GetString() == PlaygroundInvokeResponse.AdaptiveCardType
                    && attachment.TryGetProperty("content", out var content))
                {
                    return content;
                }
            }

            return null;
        }
    }

    // The conversation a reply or click on this message belongs to (a channel post's own conversation).
    public string ThreadConversationId => PostConversationId ?? ConversationId;

    internal static PlaygroundEvent Parse(JsonElement frame)
    {
        var action = frame.TryGetProperty("action", out var a) ? a.GetString() ?? "" : "";
        var conversationId = frame.TryGetProperty("actionConversationId", out var c) ? c.GetString() ?? "" : "";
        if (!frame.TryGetProperty("message", out var message) || message.ValueKind != JsonValueKind.Object)
        {
            return new PlaygroundEvent(action, conversationId, null, null, null, [], frame);
        }

        return new PlaygroundEvent(
            action,
            conversationId,
            GetString(message, "messageId"),
            GetString(message, "postConversationId"),
            GetString(message, "text"),
            message.TryGetProperty("attachments", out var attachments) && attachments.ValueKind == JsonValueKind.Array
                ? [.. attachments.EnumerateArray()]
                : [],
            frame);
    }

    private static string? GetString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
