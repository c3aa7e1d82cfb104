using System.Text.Json.Nodes;
using WorkshopBot.BotProtocol.Schema;

namespace WorkshopBot.BotProtocol.Hosting;

// What POST /api/messages answers: a status and, for invokes, the JSON body.
public sealed record BotTurnResult(int StatusCode, JsonNode? Body = null)
{
    public static BotTurnResult Ok { get; } = new(200);

    public static BotTurnResult Unauthorized { get; } = new(401);

    public static BotTurnResult NotImplemented { get; } = new(501);

    public static BotTurnResult FromInvoke(InvokeResponse response) => new(response.Status, response.Body);
}
