using WorkshopBot.Domain.Localization;

namespace WorkshopBot.Web.Board;

public sealed partial record BoardText
{
    public static BoardText English { get; } = new()
    {
        Language = Language.English,
        ShareReader = "Guest via share link",
        Unauthenticated = "You are not signed in. Open the board again from Teams.",
        SignInUnavailable = "Signing in through Teams is not possible right now. Try again in half a minute.",
        NotAMember = "You are not in this working group. Ask the project leader to add you.",
        ShareLinkInvalid = "This share link has expired or was revoked. Ask the project leader for a new link.",
        ReadOnly = "You can only view this board.",
        ModeratorOnly = "Only the project leader can do this.",
        WerkgroepNotFound = "This working group does not exist (any more).",
        UnknownVerb = "The server does not know this action. Refresh the page and try again.",
        BadRequest = "The server did not understand the request.",
        UnknownFormat = "Unknown export format.",
        IndicatorNotFound = "This indicator does not exist (any more).",
        ShareLinkNotFound = "This share link does not exist.",
        BadIdempotencyKey = "The server did not understand the request (invalid Idempotency-Key).",
        ActionInProgress = "This action is still being processed. Try again in a moment.",
        BadExpiry = "Choose a validity between 1 and {0} days.",
    };
}
