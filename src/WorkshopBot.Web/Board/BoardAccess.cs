using System.Net;
using Microsoft.Extensions.Options;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.Web.Identity;

namespace WorkshopBot.Web.Board;

// Decides who calls a board API and with which role. Three doors, checked in this order:
// ?share=<token> (read-only reader of one werkgroep), ?dev-user=<id> (only with the development identity
// switched on, in Development, from loopback) and the Teams SSO Bearer token. Roles always come from the
// stored werkgroep, never from the request.
public sealed class BoardAccess(
    ITeamsSsoTokenValidator tokens,
    ShareLinkService shareLinks,
    IOptions<BoardIdentityOptions> options,
    IHostEnvironment environment)
{
    public const string ShareQuery = "share";
    public const string DevUserQuery = "dev-user";
    public const string ShareReaderName = "Gast via deellink";

    public async Task<(BoardViewer? Viewer, BoardProblem? Problem)> ViewerAsync(
        HttpContext http,
        Werkgroep werkgroep,
        CancellationToken cancellationToken)
    {
        if (http.Request.Query[ShareQuery].FirstOrDefault() is { Length: > 0 } token)
        {
            var link = await shareLinks.ValidateAsync(werkgroep.Id, token, cancellationToken);
            return link is null
                ? (null, BoardProblem.ShareLinkInvalid)
                : (new BoardViewer(null, ShareReaderName, null, BoardViewer.Reader, token), null);
        }

        var caller = await CallerAsync(http, cancellationToken);
        if (caller is null)
        {
            return (null, BoardProblem.Unauthenticated);
        }

        if (caller.Kind == BoardCallerKind.TeamsUser
            && !string.Equals(caller.TenantId, werkgroep.TenantId, StringComparison.OrdinalIgnoreCase))
        {
            return (null, BoardProblem.WrongTenant);
        }

        var role = werkgroep.IsModerator(caller.UserId) ? BoardViewer.Moderator
            : werkgroep.IsMember(caller.UserId) ? BoardViewer.Participant
            : null;
        if (role is null)
        {
            return (null, BoardProblem.NotAMember);
        }

        var member = werkgroep.FindMember(caller.UserId);
        var name = member?.Name ?? werkgroep.Moderators.FirstOrDefault(m => m.UserId == caller.UserId)?.Name ?? caller.Name ?? caller.UserId;
        return (new BoardViewer(caller.UserId, name, member?.Organisation, role, null), null);
    }

    // The signed-in person without a werkgroep (for the werkgroep list); share links do not count.
    public async Task<BoardCaller?> CallerAsync(HttpContext http, CancellationToken cancellationToken)
    {
        if (http.Request.Query[DevUserQuery].FirstOrDefault() is { Length: > 0 } devUser)
        {
            return AllowsDevelopmentIdentity(http) ? new BoardCaller(BoardCallerKind.Developer, devUser, null, null) : null;
        }

        var authorization = http.Request.Headers.Authorization.FirstOrDefault();
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return await tokens.ValidateAsync(authorization["Bearer ".Length..].Trim(), cancellationToken);
    }

    private bool AllowsDevelopmentIdentity(HttpContext http) =>
        options.Value.DevelopmentIdentity
        && environment.IsDevelopment()
        && http.Connection.RemoteIpAddress is { } remote
        && IPAddress.IsLoopback(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote);
}
