using Microsoft.AspNetCore.Authorization;
using WorkshopBot.Web.Identity;

namespace WorkshopBot.Web.Board;

// Who may do what with a werkgroep's board: read it (share link or member), change it (member) or manage
// it (moderator). Checked against the stored werkgroep by WerkgroepAuthorizationHandler.
public static class BoardPolicies
{
    public const string Reader = "BoardReader";
    public const string Member = "BoardMember";
    public const string Moderator = "BoardModerator";

    public static IServiceCollection AddBoardAuthorization(this IServiceCollection services)
    {
        services.AddSingleton<IAuthorizationHandler, WerkgroepAuthorizationHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Reader, policy => Require(policy, BoardViewer.Reader))
            .AddPolicy(Member, policy => Require(policy, BoardViewer.Participant))
            .AddPolicy(Moderator, policy => Require(policy, BoardViewer.Moderator));
        return services;
    }

    private static void Require(AuthorizationPolicyBuilder policy, string role) =>
        policy.AddAuthenticationSchemes(BoardAuthentication.BoardScheme).AddRequirements(new WerkgroepRoleRequirement(role));
}
