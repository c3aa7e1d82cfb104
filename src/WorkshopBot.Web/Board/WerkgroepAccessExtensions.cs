namespace WorkshopBot.Web.Board;

public static class WerkgroepAccessExtensions
{
    // The endpoint needs the werkgroep of its route, authorized for policy (BoardPolicies).
    public static RouteHandlerBuilder RequireWerkgroep(this RouteHandlerBuilder endpoint, string policy) => endpoint
        .AddEndpointFilter(new WerkgroepAccessFilter(policy))
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound);
}
