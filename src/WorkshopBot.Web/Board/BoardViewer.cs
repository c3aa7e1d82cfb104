namespace WorkshopBot.Web.Board;

// Who looks at a board and what they may do. UserId is null for a share-link reader: a link is nobody.
public sealed record BoardViewer(string? UserId, string Name, string? Organisation, string Role, string? ShareToken)
{
    public const string Moderator = "moderator";
    public const string Participant = "participant";
    public const string Reader = "reader";

    public bool CanEdit => Role != Reader;

    public bool IsModerator => Role == Moderator;
}
