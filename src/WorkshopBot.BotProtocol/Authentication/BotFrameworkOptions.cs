using System.ComponentModel.DataAnnotations;

namespace WorkshopBot.BotProtocol.Authentication;

public sealed class BotFrameworkOptions
{
    public const string Section = "BotFramework";

    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string DefaultIssuer = "https://api.botframework.com";
    public const long DefaultMaxRequestBodyBytes = 256 * 1024;
    public const string TeamsChannelId = "msteams";

    [Required]
    public string OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;

    [Required]
    public string Issuer { get; set; } = DefaultIssuer;

    // POST /api/messages refuses activities of any other channel with 400. Empty: any channel (the
    // Development environment, for the Bot Framework Emulator; the Agents Playground sends msteams).
    public string? RequiredChannelId { get; set; } = TeamsChannelId;

    // The Entra tenants whose Teams may talk to this bot (a single-tenant bot: its own). An activity of
    // another tenant, or without one, is refused with 403 before it runs. Empty: every tenant (local
    // runs; the Bicep sets the deployment's tenant as BotFramework__AllowedTenantIds__0).
    public IList<string> AllowedTenantIds { get; } = [];

    [Range(1024, 64 * 1024 * 1024)]
    public long MaxRequestBodyBytes { get; set; } = DefaultMaxRequestBodyBytes;

    // The longest a turn may run before the bot answers anyway ("probeer het zo opnieuw" through
    // ActivityHandler.OnTurnErrorAsync). The channel gives up on an HTTP answer after 15 s (PROTOCOL.md §1),
    // so the budget leaves room for the answer itself; it is above the 8 s optimistic-concurrency budget, so a
    // busy meeting still gets its retries.
    [Range(typeof(TimeSpan), "00:00:01", "00:00:14")]
    public TimeSpan TurnBudget { get; set; } = TimeSpan.FromSeconds(10);

    // At shutdown, how long queued message replies (ReplyQueue) may still go out before the rest is logged
    // as undelivered. Bounded by the host's own shutdown timeout.
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan ReplyDrainTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
