using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace WorkshopBot.Web.Identity;

// The board API's doors as authentication schemes. Two policy schemes pick the door from the request:
// Board (werkgroep endpoints): ?share= → share link, ?dev-user= → development identity, else the Teams
// SSO Bearer token; BoardUser (the signed-in person, GET /api/me/werkgroepen): the same without share
// links. None of them is a default scheme, so no other endpoint (POST /api/messages) runs them.
public static class BoardAuthentication
{
    public const string BoardScheme = "Board";
    public const string UserScheme = "BoardUser";
    public const string TeamsSsoScheme = "TeamsSso";
    public const string ShareLinkScheme = "BoardShareLink";
    public const string DevelopmentScheme = "BoardDevelopmentIdentity";

    public const string ShareQuery = "share";
    public const string DevUserQuery = "dev-user";
    public const string WerkgroepRouteValue = "werkgroepId";

    public static IServiceCollection AddBoardAuthentication(this IServiceCollection services)
    {
        services.AddOptions<JwtBearerOptions>(TeamsSsoScheme)
            .Configure<IOptions<BoardIdentityOptions>>((jwt, options) => TeamsSsoBearer.Configure(jwt, options.Value));
        services.AddAuthentication()
            .AddPolicyScheme(BoardScheme, null, scheme => scheme.ForwardDefaultSelector = http => SchemeFor(http.Request, shareLinks: true))
            .AddPolicyScheme(UserScheme, null, scheme => scheme.ForwardDefaultSelector = http => SchemeFor(http.Request, shareLinks: false))
            .AddJwtBearer(TeamsSsoScheme, _ => { })
            .AddScheme<AuthenticationSchemeOptions, ShareLinkAuthenticationHandler>(ShareLinkScheme, null)
            .AddScheme<AuthenticationSchemeOptions, DevelopmentIdentityHandler>(DevelopmentScheme, null);
        return services;
    }

    public static bool PresentsShareLink(HttpRequest request) => request.Query[ShareQuery].FirstOrDefault() is { Length: > 0 };

    // Share link first, then the development identity, then Bearer: the order BoardAccess used.
    private static string SchemeFor(HttpRequest request, bool shareLinks) =>
        shareLinks && PresentsShareLink(request) ? ShareLinkScheme
        : request.Query[DevUserQuery].FirstOrDefault() is { Length: > 0 } ? DevelopmentScheme
        : TeamsSsoScheme;
}
