namespace WorkshopBot.BotProtocol.Authentication;

public sealed record BotAuthenticationResult
{
    private BotAuthenticationResult(BotCallerIdentity? caller, string? failureReason)
    {
        Caller = caller;
        FailureReason = failureReason;
    }

    public BotCallerIdentity? Caller { get; }

    public string? FailureReason { get; }

    public bool Succeeded => Caller is not null;

    public static BotAuthenticationResult Success(BotCallerIdentity caller) => new(caller, null);

    public static BotAuthenticationResult Failure(string reason) => new(null, reason);
}
