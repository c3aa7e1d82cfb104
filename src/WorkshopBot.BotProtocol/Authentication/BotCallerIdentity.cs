namespace WorkshopBot.BotProtocol.Authentication;

public sealed record BotCallerIdentity(BotCallerKind Kind, string? AppId = null, string? TenantId = null)
{
    public static BotCallerIdentity Anonymous { get; } = new(BotCallerKind.Anonymous);

    public static BotCallerIdentity Proactive { get; } = new(BotCallerKind.Proactive);

    public bool IsAnonymous => Kind == BotCallerKind.Anonymous;

    // Service URLs of activities from such callers may receive our outbound token.
    public bool IsAuthenticatedChannel => Kind == BotCallerKind.BotFrameworkChannel;
}
