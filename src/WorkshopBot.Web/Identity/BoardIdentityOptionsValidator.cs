using Microsoft.Extensions.Options;

namespace WorkshopBot.Web.Identity;

// Guards against switching on the development identity outside a developer's machine by accident.
public sealed class BoardIdentityOptionsValidator(IHostEnvironment environment, IConfiguration configuration)
    : IValidateOptions<BoardIdentityOptions>
{
    public ValidateOptionsResult Validate(string? name, BoardIdentityOptions options)
    {
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
