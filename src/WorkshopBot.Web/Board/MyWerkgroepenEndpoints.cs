using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.Web.Identity;

namespace WorkshopBot.Web.Board;

// GET /api/me/werkgroepen: the werkgroepen the signed-in user belongs to (member or moderator), for the
// tab configuration page. ?conversationId= (the Teams chat or channel the tab is added to) marks the
// werkgroep bound to it, so the page can preselect it; the id only marks, it never adds a werkgroep the
// user is not in. Share links do not count as signed in.
public static class MyWerkgroepenEndpoints
{
    public const string Path = "/api/me/werkgroepen";

    public static IEndpointRouteBuilder MapMyWerkgroepenEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, ListAsync).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<MyWerkgroepView>>, ProblemHttpResult>> ListAsync(
        HttpContext http,
        string? conversationId,
        [AsParameters] MyWerkgroepenServices services,
        CancellationToken cancellationToken)
    {
        var authentication = await http.AuthenticateAsync(BoardAuthentication.UserScheme);
        if (authentication.Principal is not { } principal || BoardCaller.From(principal) is not { IsReadOnly: false, UserId.Length: > 0 } caller)
        {
            return BoardProblem.Refused(http, authentication.Failure is SignInUnavailableException ? BoardDenial.SignInUnavailable : BoardDenial.Unauthenticated, BoardText.For(http.Request));
        }

        var tenantId = caller.Kind == BoardCallerKind.TeamsUser ? caller.TenantId ?? "" : null;
        var werkgroepen = await services.Query.ListAsync(caller.UserId, tenantId, cancellationToken);
        var current = conversationId is { Length: > 0 }
            ? (await services.Workshops.FindWerkgroepByConversationAsync(conversationId, cancellationToken))?.Id
            : null;
        return TypedResults.Ok<IReadOnlyList<MyWerkgroepView>>(werkgroepen.Select(w => new MyWerkgroepView(
            w.WerkgroepId,
            w.Name,
            w.TrajectId,
            w.TrajectName,
            w.Role == WerkgroepRole.Moderator ? BoardViewer.Moderator : BoardViewer.Participant,
            w.LastChangedAt,
            w.WerkgroepId == current)).ToArray());
    }
}
