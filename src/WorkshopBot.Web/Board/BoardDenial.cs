namespace WorkshopBot.Web.Board;

// Why the board API refused a caller; each maps to one problem code (BoardProblem.For).
public enum BoardDenial
{
    Unauthenticated,
    ShareLinkInvalid,
    WrongTenant,
    NotAMember,
    ReadOnly,
    ModeratorOnly,
    SignInUnavailable,
}
