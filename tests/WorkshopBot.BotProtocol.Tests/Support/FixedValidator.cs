using WorkshopBot.BotProtocol.Authentication;
using WorkshopBot.BotProtocol.Schema;

namespace WorkshopBot.BotProtocol.Tests.Support;

// Token validator seam fake: every request authenticates as the given caller (or fails).
internal sealed class FixedValidator(BotCallerIdentity? caller) : IBotTokenValidator
{
    public bool IsHeaderAcceptable(string? authorizationHeader) => true;

    public Task<BotAuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(caller is null ? BotAuthenticationResult.Failure("test says no") : BotAuthenticationResult.Success(caller));
}
