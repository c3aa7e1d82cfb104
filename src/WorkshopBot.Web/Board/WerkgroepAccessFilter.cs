using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using WorkshopBot.Domain.Services;
using WorkshopBot.Web.Identity;
using WorkshopBot.Web.RateLimiting;

namespace WorkshopBot.Web.Board;

// Runs before every /api/boards/{werkgroepId}/… endpoint: authenticates with the Board scheme, loads the
// werkgroep once and authorizes the policy against it, then hands the endpoint an AuthorizedBoard.
// A caller without valid credentials learns nothing, not even whether a werkgroep exists, and costs no
// storage read: 401 (or 403 for a bad share link) before the lookup. A werkgroep of another tenant is
// answered like a missing one (BoardProblem.For).
public sealed class WerkgroepAccessFilter(string policy) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var text = BoardText.For(http.Request);
        var authentication = await http.AuthenticateAsync(BoardAuthentication.BoardScheme);
        if (!authentication.Succeeded)
        {
            return BoardProblem.Refused(http, BoardProblem.DenialOf(authentication, http.Request), text);
        }

        var werkgroepId = http.GetRouteValue(BoardAuthentication.WerkgroepRouteValue) as string ?? "";
        var werkgroep = await http.RequestServices.GetRequiredService<WorkshopService>().GetWerkgroepAsync(werkgroepId, http.RequestAborted);
        if (werkgroep is null)
        {
            return BoardProblem.WerkgroepNotFound(text).ToResult();
        }

        http.User = authentication.Principal;
        var authorization = await http.RequestServices.GetRequiredService<IAuthorizationService>().AuthorizeAsync(http.User, werkgroep, policy);
        if (!authorization.Succeeded)
        {
            var denial = authorization.Failure?.FailureReasons.OfType<BoardDenialReason>().FirstOrDefault()?.Denial ?? BoardDenial.Unauthenticated;
            return BoardProblem.For(denial, text).ToResult();
        }

        var caller = BoardCaller.From(http.User)!;
        if (IsLimited(http) && http.RequestServices.GetRequiredService<WorkshopRateLimiter>().Refusal(caller.UserId, werkgroep.Conversation?.ConversationId ?? werkgroep.Id) is { } wait)
        {
            http.Response.Headers.RetryAfter = WorkshopRateLimiter.RetryAfterSeconds(wait).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return BoardProblem.RateLimited(text).ToResult();
        }

        var (role, _) = WerkgroepAuthorizationHandler.RoleOf(caller, werkgroep);
        http.Features.Set(new AuthorizedBoard(werkgroep, BoardViewer.For(caller, werkgroep, role!, text), text));
        return await next(context);
    }

    // Everything but the polled board itself (GET every second from each open page, answered from the
    // ETag when nothing changed) counts against the person's and the werkgroep's bucket: actions, share
    // links, exports.
    private static bool IsLimited(HttpContext http) =>
        !HttpMethods.IsGet(http.Request.Method) || http.GetEndpoint() is not RouteEndpoint { RoutePattern.RawText: { } pattern }
        || !pattern.TrimEnd('/').EndsWith("{" + BoardAuthentication.WerkgroepRouteValue + "}", StringComparison.Ordinal);
}
