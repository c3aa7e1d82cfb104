using System.Text.Json.Nodes;

namespace WorkshopBot.Deployment.Tests;

/// <summary>A resource in a compiled ARM template, with the module deployment it sits in (null at the root).</summary>
internal sealed record ArmResource(string Type, JsonObject Body, string? Module)
{
    public JsonObject Properties => Body["properties"] as JsonObject ?? [];

    public string? String(params string[] path)
    {
        JsonNode? node = Body;
        foreach (var segment in path)
        {
            node = node is JsonObject obj ? obj[segment] : null;
        }

        return node is JsonValue value && value.TryGetValue<string>(out var text) ? text : node?.ToJsonString();
    }
}
