using System.Text.Json.Nodes;

namespace WorkshopBot.Web.Board;

// What POST /api/boards/{id}/actions answered, kept as status + JSON so an idempotent retry can get
// exactly the same answer back from the dedupe store.
public sealed record BoardActionOutcome(int Status, JsonObject Body)
{
    public static BoardActionOutcome Ok(int version) => new(StatusCodes.Status200OK, new JsonObject { ["ok"] = true, ["version"] = version });

    public static BoardActionOutcome From(BoardProblem problem) => new(problem.Status, problem.ToJson());

    public IResult ToResult() => Results.Text(
        Body.ToJsonString(),
        Status >= 400 ? "application/problem+json; charset=utf-8" : "application/json; charset=utf-8",
        System.Text.Encoding.UTF8,
        Status);
}
