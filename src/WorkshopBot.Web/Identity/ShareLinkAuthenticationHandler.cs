using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using WorkshopBot.Web.Board;

namespace WorkshopBot.Web.Identity;

// `?share=<token>`: a read-only guest of the one werkgroep the link was made for. The token is checked
// against the werkgroep in the route (ShareLinkService: signature, expiry, revocation).
public sealed class ShareLinkAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ShareLinkService shareLinks)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Request.Query[BoardAuthentication.ShareQuery].FirstOrDefault() is not { Length: > 0 } token)
        {
            return AuthenticateResult.NoResult();
        }

        if (Context.GetRouteValue(BoardAuthentication.WerkgroepRouteValue) is not string werkgroepId)
        {
            return AuthenticateResult.Fail("A share link opens one werkgroep's board only.");
        }

        var link = await shareLinks.ValidateAsync(werkgroepId, token, Context.RequestAborted);
        if (link is null)
        {
            return AuthenticateResult.Fail("The share link is invalid, expired or revoked.");
        }

        var principal = new BoardCaller(BoardCallerKind.ShareLink, "", null, null, link.Id, link.WerkgroepId).ToPrincipal(Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }
}
