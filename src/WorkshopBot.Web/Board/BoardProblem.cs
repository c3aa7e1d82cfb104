using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using WorkshopBot.Application.Errors;
using WorkshopBot.Domain;

namespace WorkshopBot.Web.Board;

// An RFC 9457 problem with a stable machine code and a title in the caller's language (BoardText) that
// the page shows as is.
public sealed record BoardProblem(int Status, string Code, string Title)
{
    public static BoardProblem For(BoardDenial denial, BoardText text) => denial switch
    {
        BoardDenial.ShareLinkInvalid => new(StatusCodes.Status403Forbidden, "share-link-invalid", text.ShareLinkInvalid),
        // Another organisation must not learn which werkgroep ids exist here.
        BoardDenial.WrongTenant => WerkgroepNotFound(text),
        BoardDenial.NotAMember => new(StatusCodes.Status403Forbidden, "not-a-member", text.NotAMember),
        BoardDenial.ReadOnly => new(StatusCodes.Status403Forbidden, "read-only", text.ReadOnly),
        BoardDenial.ModeratorOnly => new(StatusCodes.Status403Forbidden, "moderator-only", text.ModeratorOnly),
        BoardDenial.SignInUnavailable => new(StatusCodes.Status503ServiceUnavailable, "sign-in-unavailable", text.SignInUnavailable),
        _ => new(StatusCodes.Status401Unauthorized, "unauthenticated", text.Unauthenticated),
    };

    // The denial for a failed authentication: a sign-in that cannot be checked now is 503 (with
    // Retry-After, set by the caller), a bad share link 403, anything else 401.
    public static BoardDenial DenialOf(Microsoft.AspNetCore.Authentication.AuthenticateResult authentication, HttpRequest request) =>
        authentication.Failure is WorkshopBot.Web.Identity.SignInUnavailableException ? BoardDenial.SignInUnavailable
        : !authentication.None && WorkshopBot.Web.Identity.BoardAuthentication.PresentsShareLink(request) ? BoardDenial.ShareLinkInvalid
        : BoardDenial.Unauthenticated;

    // Seconds a client waits before signing in again when Entra's metadata could not be read.
    public const int SignInRetryAfterSeconds = 30;

    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Refused(HttpContext http, BoardDenial denial, BoardText text)
    {
        if (denial == BoardDenial.SignInUnavailable)
        {
            http.Response.Headers.RetryAfter = SignInRetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return For(denial, text).ToResult();
    }

    public static BoardProblem WerkgroepNotFound(BoardText text) => new(StatusCodes.Status404NotFound, "werkgroep-not-found", text.WerkgroepNotFound);

    // A refusal the application layer names (ErrorCatalog): its status and its message in the viewer's language,
    // the same words the bot uses in Teams.
    public static BoardProblem From(DomainError error, BoardText text) =>
        new(ErrorCatalog.StatusOf(error.Code), error.Code, ErrorCatalog.MessageFor(error, text.Language));

    public static BoardProblem StorageUnavailable(BoardText text) =>
        From(new DomainError(DomainErrorCodes.StorageUnavailable, "Table storage is unreachable."), text);

    public static BoardProblem RateLimited(BoardText text) =>
        From(new DomainError(DomainErrorCodes.RateLimited, "Too many requests."), text);

    public static BoardProblem UnknownVerb(BoardText text) => new(StatusCodes.Status400BadRequest, "unknown-verb", text.UnknownVerb);

    public static BoardProblem BadRequest(BoardText text) => new(StatusCodes.Status400BadRequest, "bad-request", text.BadRequest);

    public static BoardProblem UnknownFormat(BoardText text) => new(StatusCodes.Status404NotFound, "unknown-format", text.UnknownFormat);

    public static BoardProblem IndicatorNotFound(BoardText text) => new(StatusCodes.Status404NotFound, "indicator-not-found", text.IndicatorNotFound);

    public static BoardProblem ShareLinkNotFound(BoardText text) => new(StatusCodes.Status404NotFound, "share-link-not-found", text.ShareLinkNotFound);

    public static BoardProblem BadIdempotencyKey(BoardText text) => new(StatusCodes.Status400BadRequest, "bad-idempotency-key", text.BadIdempotencyKey);

    public static BoardProblem ActionInProgress(BoardText text) => new(StatusCodes.Status409Conflict, "action-in-progress", text.ActionInProgress);

    public static BoardProblem BadExpiry(BoardText text, int maxDays) => new(StatusCodes.Status400BadRequest, "bad-expiry", text.Format(text.BadExpiry, maxDays));

    // A problem stored as JSON (an idempotent replay), read back.
    public static BoardProblem FromJson(JsonObject json) => new(
        json["status"]?.GetValue<int>() ?? StatusCodes.Status500InternalServerError,
        json["code"]?.GetValue<string>() ?? "",
        json["title"]?.GetValue<string>() ?? "");

    public ProblemHttpResult ToResult() => TypedResults.Problem(new ProblemDetails
    {
        Type = "about:blank",
        Status = Status,
        Title = Title,
        Extensions = { ["code"] = Code },
    });

    public JsonObject ToJson() => new() { ["type"] = "about:blank", ["status"] = Status, ["title"] = Title, ["code"] = Code };
}
