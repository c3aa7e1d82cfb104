using System.Text.Json.Nodes;

namespace WorkshopBot.BotProtocol.Schema;

// Answers to task/fetch and task/submit (Teams dialogs, PROTOCOL.md §6): the invoke body is
// {task:{type:"continue", value:{title, width, height, card}}} to show (or keep showing) a dialog with an
// Adaptive Card, or {task:{type:"message", value:"text"}} to close it with a short note.
public static class TaskModuleResponse
{
    public static InvokeResponse Continue(string title, JsonObject card, string width = "medium", string height = "large") =>
        InvokeResponse.Ok(new JsonObject
        {
            ["task"] = new JsonObject
            {
                ["type"] = "continue",
                ["value"] = new JsonObject
                {
                    ["title"] = title,
                    ["width"] = width,
                    ["height"] = height,
                    ["card"] = new JsonObject { ["contentType"] = ContentTypes.AdaptiveCard, ["content"] = card },
                },
            },
        });

    public static InvokeResponse Message(string text) =>
        InvokeResponse.Ok(new JsonObject { ["task"] = new JsonObject { ["type"] = "message", ["value"] = text } });
}
