using WorkshopBot.BotProtocol.Schema;

namespace WorkshopBot.BotProtocol.Authentication;

// Seam: the real implementation validates JWTs against OpenID metadata; tests construct it with
// a static key set or swap it whole.
public interface IBotTokenValidator
{
    // Cheap check before the body is read: rejects a missing header when an app id is configured.
    bool IsHeaderAcceptable(string? authorizationHeader);

    // Full check of PROTOCOL.md §2, including the checks that need the parsed activity
    // (channel endorsement, serviceurl claim).
    Task<BotAuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken);
}
