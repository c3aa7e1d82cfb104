using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorkshopBot.Web.Board;

// An RFC 9457 problem with a stable machine code and a Dutch title the page shows as is.
public sealed record BoardProblem(int Status, string Code, string Title)
{
    public static BoardProblem Unauthenticated { get; } =
        new(StatusCodes.Status401Unauthorized, "unauthenticated", "Je bent niet aangemeld. Open het bord opnieuw vanuit Teams.");

    public static BoardProblem WrongTenant { get; } =
        new(StatusCodes.Status403Forbidden, "wrong-tenant", "Dit bord hoort bij een andere organisatie in Microsoft 365.");

    public static BoardProblem NotAMember { get; } =
        new(StatusCodes.Status403Forbidden, "not-a-member", "Je hoort niet bij deze werkgroep. Vraag de projectleider om je toe te voegen.");

    public static BoardProblem ShareLinkInvalid { get; } =
        new(StatusCodes.Status403Forbidden, "share-link-invalid", "Deze deellink is verlopen of ingetrokken. Vraag de projectleider om een nieuwe link.");

    public static BoardProblem ReadOnly { get; } =
        new(StatusCodes.Status403Forbidden, "read-only", "Je kunt dit bord alleen bekijken.");

    public static BoardProblem ModeratorOnly { get; } =
        new(StatusCodes.Status403Forbidden, "moderator-only", "Alleen de projectleider kan dit doen.");

    public static BoardProblem WerkgroepNotFound { get; } =
        new(StatusCodes.Status404NotFound, "werkgroep-not-found", "Deze werkgroep bestaat niet (meer).");

    public static BoardProblem UnknownVerb { get; } =
        new(StatusCodes.Status400BadRequest, "unknown-verb", "Deze actie kent de server niet. Vernieuw de pagina en probeer het opnieuw.");

    public static BoardProblem BadRequest { get; } =
        new(StatusCodes.Status400BadRequest, "bad-request", "De server begreep het verzoek niet.");

    public static BoardProblem UnknownFormat { get; } =
        new(StatusCodes.Status404NotFound, "unknown-format", "Onbekend exportformaat.");

    public static BoardProblem ShareLinkNotFound { get; } =
        new(StatusCodes.Status404NotFound, "share-link-not-found", "Deze deellink bestaat niet.");

    public static BoardProblem BadIdempotencyKey { get; } =
        new(StatusCodes.Status400BadRequest, "bad-idempotency-key", "De server begreep het verzoek niet (ongeldige Idempotency-Key).");

    public static BoardProblem ActionInProgress { get; } =
        new(StatusCodes.Status409Conflict, "action-in-progress", "Deze actie wordt nog verwerkt. Probeer het zo opnieuw.");

    public IResult ToResult() => Results.Json(
        new { type = "about:blank", status = Status, title = Title, code = Code },
        JsonSerializerOptions.Web,
        "application/problem+json; charset=utf-8",
        Status);

    public JsonObject ToJson() => new() { ["type"] = "about:blank", ["status"] = Status, ["title"] = Title, ["code"] = Code };
}
