namespace WorkshopBot.TestKit.Protocol;

public sealed record StubConnectorResponse(int Status, string? Body = null)
{
    public int? RetryAfterSeconds { get; init; }

    // Wait this long before answering (simulates a slow or hung connector).
    public TimeSpan Delay { get; init; }

    // Also names activityId, as Teams does when createConversation posted the activity it was given
    // (a send's answer ignores it).
    public static StubConnectorResponse Created(string id) =>
        new(201, new System.Text.Json.Nodes.JsonObject { ["id"] = id, ["activityId"] = id }.ToJsonString());

    public static StubConnectorResponse Error(int status, string code, string message = "stub error") =>
        new(status, new System.Text.Json.Nodes.JsonObject
        {
            ["error"] = new System.Text.Json.Nodes.JsonObject { ["code"] = code, ["message"] = message },
        }.ToJsonString());
}
