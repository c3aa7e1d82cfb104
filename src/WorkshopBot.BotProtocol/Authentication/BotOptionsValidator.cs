using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using WorkshopBot.BotProtocol.Hosting;

namespace WorkshopBot.BotProtocol.Authentication;

// Startup checks (ValidateOnStart) so a misconfigured bot fails to boot rather than 401-ing
// every request — or, without an app id, accepting every unsigned request.
public sealed class BotOptionsValidator(IHostEnvironment environment, IConfiguration configuration) : IValidateOptions<BotAppOptions>, IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotAppOptions options)
    {
        if (!options.HasAppId)
        {
            // No app id means anonymous inbound calls (PROTOCOL.md §2.3): a local Playground run or a host only
            // this machine can reach (a benchmark), never a deployment.
            return environment.IsDevelopment() || LoopbackOnlyHost.IsLoopbackOnly(configuration)
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(
                    $"MicrosoftAppId is required in the {environment.EnvironmentName} environment: without it /api/messages accepts unsigned requests from anyone. "
                    + "Set MicrosoftAppId (with MicrosoftAppType and MicrosoftAppTenantId), or run with ASPNETCORE_ENVIRONMENT=Development for local Playground runs (a host that listens only on 127.0.0.1 may also run without it).");
        }

        var failures = new List<string>();
        if (!Guid.TryParse(options.MicrosoftAppId, out _))
        {
            failures.Add("MicrosoftAppId must be a GUID.");
        }

        switch (options.MicrosoftAppType)
        {
            case BotAppType.SingleTenant:
                if (string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
                {
                    failures.Add("MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant.");
                }

                if (string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
                {
                    failures.Add("MicrosoftAppPassword is required when MicrosoftAppType is SingleTenant.");
                }

                break;
            case BotAppType.MultiTenant:
                if (string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
                {
                    failures.Add("MicrosoftAppPassword is required when MicrosoftAppType is MultiTenant.");
                }

                break;
            case BotAppType.UserAssignedMSI:
                if (!string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
                {
                    failures.Add("MicrosoftAppPassword must be empty when MicrosoftAppType is UserAssignedMSI (the managed identity has no secret).");
                }

                break;
            default:
                failures.Add($"MicrosoftAppType '{options.MicrosoftAppType}' is not supported.");
                break;
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        var failures = new List<string>();
        CheckMetadataUrl(options.OpenIdMetadataUrl, "BotFramework:OpenIdMetadataUrl", failures);
        if (string.IsNullOrWhiteSpace(options.Issuer))
        {
            failures.Add("BotFramework:Issuer is required.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckMetadataUrl(string? value, string key, List<string> failures)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri))
        {
            failures.Add($"{key} must be an absolute URL.");
            return;
        }

        if (!MetadataUrls.IsAllowed(uri))
        {
            failures.Add($"{key} must use https (plain http is only allowed for loopback hosts).");
        }
    }
}
