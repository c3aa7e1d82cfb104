using Microsoft.AspNetCore.Authorization;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.Web.Identity;

namespace WorkshopBot.Web.Board;

// Resource-based: the caller's role comes from the stored werkgroep, never from the request. A share link
// reads only the werkgroep it was made for; a Teams user must be of the werkgroep's tenant and a member.
public sealed class WerkgroepAuthorizationHandler : AuthorizationHandler<WerkgroepRoleRequirement, Werkgroep>
{
    public static (string? Role, BoardDenial? Denial) RoleOf(BoardCaller caller, Werkgroep werkgroep)
    {
        if (caller.Kind == BoardCallerKind.ShareLink)
        {
            return caller.ShareWerkgroepId == werkgroep.Id ? (BoardViewer.Reader, null) : (null, BoardDenial.ShareLinkInvalid);
        }

        if (caller.Kind == BoardCallerKind.TeamsUser
            && !string.Equals(caller.TenantId, werkgroep.TenantId, StringComparison.OrdinalIgnoreCase))
        {
            return (null, BoardDenial.WrongTenant);
        }

        return werkgroep.IsModerator(caller.UserId) ? (BoardViewer.Moderator, null)
            : werkgroep.IsMember(caller.UserId) ? (BoardViewer.Participant, null)
            : (null, BoardDenial.NotAMember);
    }

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, WerkgroepRoleRequirement requirement, Werkgroep werkgroep)
    {
        var denial = BoardCaller.From(context.User) is { } caller ? Denial(RoleOf(caller, werkgroep), requirement.Role) : BoardDenial.Unauthenticated;
        if (denial is null)
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new BoardDenialReason(this, denial.Value));
        }

        return Task.CompletedTask;
    }

    private static BoardDenial? Denial((string? Role, BoardDenial? Denial) access, string required) => access switch
    {
        { Denial: { } denial } => denial,
        { Role: BoardViewer.Moderator } => null,
        _ when required == BoardViewer.Moderator => BoardDenial.ModeratorOnly,
        { Role: BoardViewer.Participant } => null,
        _ when required == BoardViewer.Participant => BoardDenial.ReadOnly,
        _ => null,
    };
}
