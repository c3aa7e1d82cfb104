using System.Security.Claims;

namespace WorkshopBot.Web.Identity;

public enum BoardCallerKind
{
    TeamsUser,
    Developer,
    ShareLink,
}

// Who is calling a board API. UserId is the Entra object id (the same id the bot stores for members,
// taken from activity.from.aadObjectId) or, for share links, empty: a share link is nobody, only a
// reader of the one werkgroep (ShareWerkgroepId) it was made for. The authentication handlers turn it
// into a ClaimsPrincipal and the authorization handler reads it back.
public sealed record BoardCaller(
    BoardCallerKind Kind,
    string UserId,
    string? Name,
    string? TenantId,
    string? ShareLinkId = null,
    string? ShareWerkgroepId = null)
{
    private const string KindClaim = "board_caller";
    private const string UserIdClaim = "oid";
    private const string NameClaim = "name";
    private const string TenantIdClaim = "tid";
    private const string ShareLinkClaim = "share_link";
    private const string ShareWerkgroepClaim = "share_werkgroep";

    public bool IsReadOnly => Kind == BoardCallerKind.ShareLink;

    public static BoardCaller? From(ClaimsPrincipal principal)
    {
        if (principal.FindFirstValue(KindClaim) is not { } kindText || !Enum.TryParse<BoardCallerKind>(kindText, out var kind))
        {
            return null;
        }

        return new BoardCaller(
            kind,
            principal.FindFirstValue(UserIdClaim) ?? "",
            principal.FindFirstValue(NameClaim),
            principal.FindFirstValue(TenantIdClaim),
            principal.FindFirstValue(ShareLinkClaim),
            principal.FindFirstValue(ShareWerkgroepClaim));
    }

    public ClaimsPrincipal ToPrincipal(string authenticationScheme)
    {
        var claims = new List<Claim> { new(KindClaim, Kind.ToString()), new(UserIdClaim, UserId) };
        AddIfSet(claims, NameClaim, Name);
        AddIfSet(claims, TenantIdClaim, TenantId);
        AddIfSet(claims, ShareLinkClaim, ShareLinkId);
        AddIfSet(claims, ShareWerkgroepClaim, ShareWerkgroepId);
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationScheme, NameClaim, roleType: null));
    }

    private static void AddIfSet(List<Claim> claims, string type, string? value)
    {
        if (value is not null)
        {
            claims.Add(new Claim(type, value));
        }
    }
}
