namespace WorkshopBot.Web.Identity;

public enum BoardCallerKind
{
    TeamsUser,
    Developer,
    ShareLink,
}

// Who is calling a board API. UserId is the Entra object id (the same id the bot stores for members,
// taken from activity.from.aadObjectId) or, for share links, empty: a share link is nobody.
public sealed record BoardCaller(BoardCallerKind Kind, string UserId, string? Name, string? TenantId, string? ShareLinkId = null)
{
    public bool IsReadOnly => Kind == BoardCallerKind.ShareLink;
}
