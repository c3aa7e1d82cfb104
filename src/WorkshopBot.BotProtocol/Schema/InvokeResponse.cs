using System.Text.Json.Nodes;

namespace WorkshopBot.BotProtocol.Schema;

// For invoke activities the HTTP status and body of our answer to POST /api/messages are the
// invoke response (PROTOCOL.md §1).
public sealed record InvokeResponse(int Status, JsonNode? Body = null)
{
    // Set when the handler can render this answer again from a small reference (ActivityHandler.ReplayAsync):
    // the deduplicator then stores the reference instead of the whole body.
    public string? ReplayKey { get; init; }

    public static InvokeResponse Ok(JsonNode? body = null) => new(200, body);

    public static InvokeResponse NotImplemented() => new(501);

    public static InvokeResponse BadRequest(string code, string message) =>
        new(400, AdaptiveCardInvokeResponse.Error(400, code, message).ToJson());

    public static InvokeResponse FromAdaptiveCard(AdaptiveCardInvokeResponse response) => new(200, response.ToJson());
}
