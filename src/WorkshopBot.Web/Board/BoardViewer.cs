using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.Web.Identity;

namespace WorkshopBot.Web.Board;

// Who looks at a board and what they may do. UserId is null for a share-link reader: a link is nobody.
public sealed record BoardViewer(string? UserId, string Name, string? Organisation, string Role, string? ShareLinkId)
{
    public const string Moderator = "moderator";
    public const string Participant = "participant";
    public const string Reader = "reader";

    public bool CanEdit => Role != Reader;

    public bool IsModerator => Role == Moderator;

    // The caller as the werkgroep knows them (name and organisation from the member list), in a role
    // WerkgroepAuthorizationHandler.RoleOf gave.
    public static BoardViewer For(BoardCaller caller, Werkgroep werkgroep, string role, BoardText text)
    {
        if (role == Reader)
        {
            return new BoardViewer(null, text.ShareReader, null, Reader, caller.ShareLinkId);
        }

        var member = werkgroep.FindMember(caller.UserId);
        var name = member?.Name ?? werkgroep.Moderators.FirstOrDefault(m => m.UserId == caller.UserId)?.Name ?? caller.Name ?? caller.UserId;
        return new BoardViewer(caller.UserId, name, member?.Organisation, role, null);
    }
}
