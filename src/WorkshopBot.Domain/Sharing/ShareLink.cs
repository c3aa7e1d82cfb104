namespace WorkshopBot.Domain.Sharing;

// A read-only link to a werkgroep's board for partners without access to the team.
// It expires, and a moderator can revoke it before that; the link itself is listed on the board.
public sealed record ShareLink(
    string Id,
    string WerkgroepId,
    string CreatedByUserId,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? RevokedAt = null)
{
    public bool IsActiveAt(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;
}
