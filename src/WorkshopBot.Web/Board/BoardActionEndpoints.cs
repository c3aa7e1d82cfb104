using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkshopBot.Application.Commands;
using WorkshopBot.Application.Werkgroepen;
using WorkshopBot.BotProtocol.Ports;
using WorkshopBot.BotProtocol.Schema;
using WorkshopBot.Web.Bot;

namespace WorkshopBot.Web.Board;

// POST /api/boards/{id}/actions: one board change, optionally under an Idempotency-Key. The body is a
// command of the application's vocabulary (CommandJson), run by the same pipeline as the Teams cards.
public static class BoardActionEndpoints
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    private const int MaxActionBytes = 64 * 1024;
    private const int MaxIdempotencyKeyLength = 128;

    public static RouteGroupBuilder MapBoardActionEndpoints(this RouteGroupBuilder board)
    {
        board.MapPost("/actions", PostActionAsync).RequireWerkgroep(BoardPolicies.Member);
        return board;
    }

    private static async Task<Results<Ok<BoardActionAccepted>, ProblemHttpResult>> PostActionAsync(
        HttpContext http,
        [AsParameters] BoardActionServices services,
        CancellationToken cancellationToken)
    {
        var board = AuthorizedBoard.Of(http);
        var request = await ReadActionAsync(http, cancellationToken);
        if (request is null)
        {
            return BoardProblem.BadRequest(board.Text).ToResult();
        }

        var (verb, data, bodyKey) = request.Value;
        var key = http.Request.Headers[IdempotencyKeyHeader].FirstOrDefault() ?? bodyKey;
        if (key is null)
        {
            var operationKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
            return (await ApplyActionAsync(board, verb, data, operationKey, services, cancellationToken)).ToResult();
        }

        if (!IsValidIdempotencyKey(key))
        {
            return BoardProblem.BadIdempotencyKey(board.Text).ToResult();
        }

        // The same claim table as redelivered bot activities, in a scope of its own: one werkgroep and one
        // user, so another person's key can never replay or block this person's action.
        var scope = $"board|{board.Werkgroep.Id}|{board.Viewer.UserId}";
        var claim = await services.Deduplicator.TryClaimAsync(scope, key, cancellationToken);
        switch (claim.Status)
        {
            case DeduplicationStatus.Completed:
                http.Response.Headers["Idempotent-Replayed"] = "true";
                return claim.StoredResponse is { Body: JsonObject stored } response
                    ? BoardActionOutcome.FromStored(response.Status, stored).ToResult()
                    : BoardActionOutcome.Ok(board.Werkgroep.Version).ToResult();
            case DeduplicationStatus.InProgress:
                return BoardProblem.ActionInProgress(board.Text).ToResult();
        }

        // From here the action runs to the end even when the caller hangs up (a client that timed out will
        // retry with the same key and must find the outcome). Ids derived from the key make a retry after a
        // lost claim a no-op in the domain as well.
        BoardActionOutcome outcome;
        try
        {
            var operationKey = ItemIds.OperationKey(scope, key);
            outcome = await ApplyActionAsync(board, verb, data, operationKey, services, CancellationToken.None);
        }
        catch
        {
            await services.Deduplicator.ReleaseAsync(scope, key, CancellationToken.None);
            throw;
        }

        if (outcome.Status >= StatusCodes.Status500InternalServerError)
        {
            // Too busy and the like: nothing was applied, so a retry with this key should try again.
            await services.Deduplicator.ReleaseAsync(scope, key, CancellationToken.None);
        }
        else
        {
            await services.Deduplicator.CompleteAsync(scope, key, new InvokeResponse(outcome.Status, outcome.ToJson()), CancellationToken.None);
        }

        return outcome.ToResult();
    }

    private static async Task<BoardActionOutcome> ApplyActionAsync(
        AuthorizedBoard board,
        string verb,
        JsonElement data,
        string operationKey,
        BoardActionServices services,
        CancellationToken cancellationToken)
    {
        var shareLinkOutcome = await ShareLinkEndpoints.ApplyActionAsync(board, verb, new CardData(data), services.ShareLinks, cancellationToken);
        if (shareLinkOutcome is not null)
        {
            return shareLinkOutcome;
        }

        if (CommandJson.Parse(verb, data) is not { } command)
        {
            return BoardActionOutcome.From(BoardProblem.UnknownVerb(board.Text));
        }

        // The caller is already authorised for this werkgroep (member or moderator, right tenant).
        var caller = new Caller(board.Viewer.UserId!, board.Viewer.Name);
        var context = new CommandContext(caller, WerkgroepTarget.Authorized(board.Werkgroep), operationKey, board.Text.Language);
        var result = await services.Werkgroepen.ExecuteAsync(command, context, cancellationToken);
        return result.IsSuccess
            ? BoardActionOutcome.Ok(result.Value.Werkgroep.Version)
            : BoardActionOutcome.From(BoardProblem.From(result.Error, board.Text));
    }

    // Printable ASCII without spaces, like a UUID or a random base64url string.
    private static bool IsValidIdempotencyKey(string key) =>
        key.Length is > 0 and <= MaxIdempotencyKeyLength && key.All(c => c is > ' ' and <= '~');

    private static async Task<(string Verb, JsonElement Data, string? IdempotencyKey)?> ReadActionAsync(HttpContext http, CancellationToken cancellationToken)
    {
        if (http.Request.ContentLength > MaxActionBytes)
        {
            return null;
        }

        // Without Content-Length (a chunked body) only this makes Kestrel stop reading at the limit
        // instead of at its own 30 MB.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = MaxActionBytes;
        }

        try
        {
            using var document = await JsonDocument.ParseAsync(http.Request.Body, default, cancellationToken);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("verb", out var verbElement)
                || UntrustedJson.StringOf(verbElement) is not { } verb)
            {
                return null;
            }

            var data = root.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object
                ? d.Clone()
                : JsonDocument.Parse("{}").RootElement.Clone();
            var key = root.TryGetProperty("idempotencyKey", out var k) ? UntrustedJson.StringOf(k) : null;
            return (verb, data, key);
        }
        catch (Exception ex) when (ex is JsonException or BadHttpRequestException)
        {
            return null;
        }
    }
}
