using System.Net;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace WorkshopBot.Web.Identity;

// `?dev-user=<id>` stands in for a signed-in Teams user in local Playground runs, only with
// Board:DevelopmentIdentity on, in the Development environment, and from a loopback caller.
public sealed class DevelopmentIdentityHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptions<BoardIdentityOptions> options,
    IHostEnvironment environment)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Request.Query[BoardAuthentication.DevUserQuery].FirstOrDefault() is not { Length: > 0 } userId)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (!AllowsDevelopmentIdentity())
        {
            return Task.FromResult(AuthenticateResult.Fail("The development identity is off here."));
        }

        var principal = new BoardCaller(BoardCallerKind.Developer, userId, null, null).ToPrincipal(Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name)));
    }

    private bool AllowsDevelopmentIdentity() =>
        options.Value.DevelopmentIdentity
        && environment.IsDevelopment()
        && Context.Connection.RemoteIpAddress is { } remote
        && IPAddress.IsLoopback(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote);
}
