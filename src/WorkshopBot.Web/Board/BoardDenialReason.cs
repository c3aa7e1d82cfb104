using Microsoft.AspNetCore.Authorization;

namespace WorkshopBot.Web.Board;

// An authorization failure that says which problem the caller gets.
public sealed class BoardDenialReason(IAuthorizationHandler handler, BoardDenial denial)
    : AuthorizationFailureReason(handler, denial.ToString())
{
    public BoardDenial Denial { get; } = denial;
}
