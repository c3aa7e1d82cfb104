using System.ComponentModel.DataAnnotations;

namespace WorkshopBot.Web.Identity;

public sealed class BoardIdentityOptions
{
    public const string Section = "Board";

    // Where partners and Teams reach the board (used in links on cards and share links).
    [Url]
    public string? PublicBaseUrl { get; set; }

    // Client id of the Entra app registration that the Teams tab asks single sign-on tokens for.
    public string? SsoClientId { get; set; }

    // Only tokens from this tenant are accepted. Required outside Development (BoardIdentityOptionsValidator);
    // in Development an empty value accepts any tenant.
    public string? SsoTenantId { get; set; }

    [Required]
    public string SsoOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    // Local Playground runs have no Teams SSO: `?dev-user=<id>` then stands in for a signed-in user.
    // Only honoured in the Development environment, without a bot app id, and from loopback callers;
    // startup fails if it is switched on anywhere else (see BoardIdentityOptionsValidator).
    public bool DevelopmentIdentity { get; set; }

    [Range(1, 365)]
    public int ShareLinkMaxDays { get; set; } = 90;
}
