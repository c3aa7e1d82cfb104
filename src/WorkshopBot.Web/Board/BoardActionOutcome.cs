using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace WorkshopBot.Web.Board;

// What POST /api/boards/{id}/actions answered: the werkgroep version, or a problem. Stored as status + JSON
// in the dedupe store so an idempotent retry gets exactly the same answer back.
public sealed record BoardActionOutcome(int Version, BoardProblem? Problem)
{
    public int Status => Problem?.Status ?? StatusCodes.Status200OK;

    public static BoardActionOutcome Ok(int version) => new(version, null);

    public static BoardActionOutcome From(BoardProblem problem) => new(0, problem);

    public static BoardActionOutcome FromStored(int status, JsonObject body) => status < StatusCodes.Status400BadRequest
        ? Ok(body["version"]?.GetValue<int>() ?? 0)
        : From(BoardProblem.FromJson(body));

    public JsonObject ToJson() => Problem?.ToJson() ?? new JsonObject { ["ok"] = true, ["version"] = Version };

    public Results<Ok<BoardActionAccepted>, ProblemHttpResult> ToResult() =>
        Problem is { } problem ? problem.ToResult() : TypedResults.Ok(new BoardActionAccepted(true, Version));
}
