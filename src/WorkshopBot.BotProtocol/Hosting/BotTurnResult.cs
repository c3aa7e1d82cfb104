using System.Text.Json;
using System.Text.Json.Nodes;
using WorkshopBot.BotProtocol.Schema;

namespace WorkshopBot.BotProtocol.Hosting;

// What POST /api/messages answers: a status and, for invokes, the JSON body.
public sealed record BotTurnResult(int StatusCode, JsonNode? Body = null)
{
    public static BotTurnResult Ok { get; } = new(200);

    public static BotTurnResult Unauthorized { get; } = new(401);

    public static BotTurnResult NotImplemented { get; } = new(501);

    // A request the protocol layer refuses, with the reason in the Bot Connector error shape.
    public static BotTurnResult BadRequest(string reason) =>
        new(400, JsonSerializer.SerializeToNode(new ErrorResponse(new ErrorBody("BadRequest", reason)), BotJson.Context.ErrorResponse));

    // A request from a caller this bot does not serve (another tenant), with the reason.
    public static BotTurnResult Forbidden(string reason) =>
        new(403, JsonSerializer.SerializeToNode(new ErrorResponse(new ErrorBody("Forbidden", reason)), BotJson.Context.ErrorResponse));

    public static BotTurnResult FromInvoke(InvokeResponse response) => new(response.Status, response.Body);
}
