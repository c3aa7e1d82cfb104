using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace WorkshopBot.Deployment.Tests;

/// <summary>
/// The web app's settings as App Service would hand them to the host: taken from the compiled template
/// (the app module's Microsoft.Web/sites/config 'appsettings'), with the module's parameters replaced by
/// sample values and the keys turned into configuration keys the way the environment-variable provider
/// does it ("Board__SsoClientId" → "Board:SsoClientId").
/// </summary>
internal static partial class DeployedAppSettings
{
    public const string TenantId = "4b7e2c1a-9d3f-4e5a-8b6c-0f1e2d3c4b5a";
    public const string IdentityClientId = "2c9d4e6f-1a3b-4c5d-8e7f-9a0b1c2d3e4f";

    // Values for the app module's parameters (what main.bicep passes in from the other modules).
    public static readonly IReadOnlyDictionary<string, string> ModuleParameters = new Dictionary<string, string>
    {
        ["identityClientId"] = IdentityClientId,
        ["tenantId"] = TenantId,
        ["tableServiceUri"] = "https://workshopbotabc123.table.core.windows.net",
        ["ssoClientId"] = SampleValues.SsoClientId,
    };

    // Settings computed by an ARM expression other than parameters('…'): the sample value, or null for a
    // setting the test host must not get (it would send telemetry to Azure).
    private static readonly IReadOnlyDictionary<string, string?> Expressions = new Dictionary<string, string?>
    {
        ["Board__PublicBaseUrl"] = $"https://{SampleValues.HostName}",
        ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = null,
    };

    public static JsonObject Raw(JsonObject template) =>
        ArmTemplate.OfType(template, "Microsoft.Web/sites/config")
            .Single(r => r.String("name")!.Contains("'appsettings'", StringComparison.Ordinal))
            .Properties;

    // A connection string of the shape Application Insights hands out, for tests that only decide from it
    // (nothing may send to it: its endpoints are on 127.0.0.1).
    public const string SampleAppInsightsConnectionString =
        "InstrumentationKey=7d3e9a1c-5b2f-4c8e-9a0d-1e2f3a4b5c6d;IngestionEndpoint=http://127.0.0.1:9/;LiveEndpoint=http://127.0.0.1:9/";

    // With appInsightsConnectionString, APPLICATIONINSIGHTS_CONNECTION_STRING (read from the Application
    // Insights resource at deployment) gets that value instead of being left out.
    public static Dictionary<string, string?> Resolve(JsonObject template, string? appInsightsConnectionString = null)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, node) in Raw(template))
        {
            var value = node!.GetValue<string>();
            string? resolved;
            if (!value.StartsWith('['))
            {
                resolved = value;
            }
            else if (Parameter().Match(value) is { Success: true } parameter)
            {
                resolved = ModuleParameters.TryGetValue(parameter.Groups[1].Value, out var sample)
                    ? sample
                    : throw new InvalidOperationException($"App setting {name} uses parameter '{parameter.Groups[1].Value}': add a sample value to DeployedAppSettings.ModuleParameters.");
            }
            else if (name == "APPLICATIONINSIGHTS_CONNECTION_STRING" && appInsightsConnectionString is not null)
            {
                resolved = appInsightsConnectionString;
            }
            else if (!Expressions.TryGetValue(name, out resolved))
            {
                throw new InvalidOperationException($"App setting {name} is the expression {value}: add its sample value to DeployedAppSettings.Expressions.");
            }

            if (resolved is not null)
            {
                settings[name.Replace("__", ":", StringComparison.Ordinal)] = resolved;
            }
        }

        return settings;
    }

    [GeneratedRegex(@"^\[parameters\('([A-Za-z0-9]+)'\)\]$")]
    private static partial Regex Parameter();
}
