using Microsoft.Extensions.Options;
using WorkshopBot.BotProtocol.Hosting;

namespace WorkshopBot.Web.Identity;

// Guards against switching on the development identity outside a developer's machine by accident, and
// against a deployment that would accept Teams SSO tokens from any tenant (WorkshopBot is single-tenant).
public sealed class BoardIdentityOptionsValidator(IHostEnvironment environment, IConfiguration configuration)
    : IValidateOptions<BoardIdentityOptions>
{
    public ValidateOptionsResult Validate(string? name, BoardIdentityOptions options)
    {
        if (!environment.IsDevelopment() && string.IsNullOrWhiteSpace(options.SsoTenantId) && !LoopbackOnlyHost.IsLoopbackOnly(configuration))
        {
            return ValidateOptionsResult.Fail(
                $"Board:SsoTenantId is required in the {environment.EnvironmentName} environment: without it the board accepts Teams SSO tokens from every tenant. "
                + "Set it to your Entra ID tenant id (App Service: Board__SsoTenantId).");
        }

        if (!options.DevelopmentIdentity)
        {
            return ValidateOptionsResult.Success;
        }

        if (!environment.IsDevelopment())
        {
            return ValidateOptionsResult.Fail("Board:DevelopmentIdentity may only be enabled in the Development environment.");
        }

        if (!string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]))
        {
            return ValidateOptionsResult.Fail("Board:DevelopmentIdentity cannot be combined with a MicrosoftAppId (a real bot registration).");
        }

        return ValidateOptionsResult.Success;
    }
}
