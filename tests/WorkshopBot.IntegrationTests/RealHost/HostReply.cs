using System.Net;
using System.Text.Json.Nodes;

namespace WorkshopBot.IntegrationTests.RealHost;

// The host's answer to POST /api/messages. For adaptiveCard/action invokes the body is the
// Universal Actions response {statusCode, type, value}.
internal sealed record HostReply(HttpStatusCode Status, JsonNode? Body)
{
    public int? InvokeStatus => Body?["statusCode"]?.GetValue<int>();

    public string? InvokeType => Body?["type"]?.GetValue<string>();

    public bool IsCard => Status == HttpStatusCode.OK && InvokeStatus == 200 && InvokeType == "application/vnd.microsoft.card.adaptive";

    public bool IsError => Status == HttpStatusCode.OK && InvokeType == "application/vnd.microsoft.error";

    public JsonNode? Card => IsCard ? Body!["value"] : null;

    public string? ErrorCode => IsError ? Body!["value"]?["code"]?.GetValue<string>() : null;

    public string? ErrorMessage => IsError ? Body!["value"]?["message"]?.GetValue<string>() : null;

    public override string ToString() => $"{(int)Status} {Body?.ToJsonString() ?? "(no body)"}";
}
