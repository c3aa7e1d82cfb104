using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace WorkshopBot.Deployment.Tests;

/// <summary>
/// The security rules every compiled template must meet: no secrets in parameters or outputs,
/// HTTPS only with TLS 1.2 or newer, managed identity for the app, and no anonymous blob access.
/// Returns one message per violation so a failing test says exactly what is wrong.
/// </summary>
internal static partial class ArmTemplateChecks
{
    private static readonly string[] SecretFunctions = ["listKeys", "listConnectionStrings", "listSecrets", "listAccountSas", "listServiceSas", "listCredentials"];

    public static IReadOnlyList<string> SecurityViolations(JsonObject root)
    {
        var violations = new List<string>();
        foreach (var (module, template) in ArmTemplate.Templates(root))
        {
            var where = module ?? "main";
            foreach (var (name, parameter) in Members(template["parameters"]))
            {
                var type = parameter?["type"]?.GetValue<string>() ?? "";
                if (type.Equals("securestring", StringComparison.OrdinalIgnoreCase) || type.Equals("secureobject", StringComparison.OrdinalIgnoreCase))
                {
                    violations.Add($"{where}: parameter '{name}' is a secret ({type}); use the managed identity instead.");
                }

                if (SecretName().IsMatch(name))
                {
                    violations.Add($"{where}: parameter '{name}' looks like a secret.");
                }
            }

            foreach (var (name, output) in Members(template["outputs"]))
            {
                var value = output?["value"]?.ToJsonString() ?? "";
                if (SecretName().IsMatch(name) || SecretValue().IsMatch(value))
                {
                    violations.Add($"{where}: output '{name}' exposes a secret or connection string.");
                }
            }
        }

        var text = root.ToJsonString();
        foreach (var function in SecretFunctions.Where(f => text.Contains(f + "(", StringComparison.OrdinalIgnoreCase)))
        {
            violations.Add($"The template calls {function}(), which reads keys or secrets.");
        }

        foreach (var resource in ArmTemplate.Resources(root))
        {
            switch (resource.Type)
            {
                case "Microsoft.Web/sites":
                    CheckSite(resource, violations);
                    break;
                case "Microsoft.Web/sites/config":
                    CheckSiteSettings(resource, violations);
                    break;
                case "Microsoft.Storage/storageAccounts":
                    CheckStorage(resource, violations);
                    break;
                case "Microsoft.BotService/botServices":
                    CheckBot(resource, violations);
                    break;
            }
        }

        return violations;
    }

    private static void CheckSite(ArmResource site, List<string> violations)
    {
        var name = site.String("name");
        if (site.Properties["httpsOnly"]?.GetValue<bool>() != true)
        {
            violations.Add($"Web app {name}: httpsOnly must be true.");
        }

        var config = site.Properties["siteConfig"] as JsonObject ?? [];
        if (!IsTls12OrNewer(config["minTlsVersion"]?.GetValue<string>()))
        {
            violations.Add($"Web app {name}: siteConfig.minTlsVersion must be 1.2 or newer.");
        }

        if (config["ftpsState"]?.GetValue<string>() is not ("Disabled" or "FtpsOnly"))
        {
            violations.Add($"Web app {name}: siteConfig.ftpsState must be Disabled (or FtpsOnly).");
        }

        var identityType = site.String("identity", "type") ?? "";
        var identities = site.Body["identity"]?["userAssignedIdentities"] as JsonObject;
        if (!identityType.Contains("UserAssigned", StringComparison.Ordinal) || identities is null || identities.Count == 0)
        {
            violations.Add($"Web app {name}: must run with a user-assigned managed identity.");
        }

        if (site.Properties["siteConfig"]?["appSettings"] is JsonArray settings)
        {
            CheckSettingNames(name, settings.Select(s => s?["name"]?.GetValue<string>() ?? ""), violations);
        }
    }

    private static void CheckSiteSettings(ArmResource config, List<string> violations)
    {
        if (config.String("name")?.EndsWith("'appsettings')]", StringComparison.Ordinal) == true)
        {
            CheckSettingNames(config.String("name"), config.Properties.Select(p => p.Key), violations);
        }
    }

    private static void CheckSettingNames(string? site, IEnumerable<string> names, List<string> violations)
    {
        foreach (var setting in names.Where(n => n.Contains("Password", StringComparison.OrdinalIgnoreCase) || n.Contains("Secret", StringComparison.OrdinalIgnoreCase)))
        {
            violations.Add($"Web app {site}: app setting '{setting}' would hold a secret.");
        }
    }

    private static void CheckStorage(ArmResource account, List<string> violations)
    {
        var name = account.String("name");
        var properties = account.Properties;
        if (properties["allowBlobPublicAccess"]?.GetValue<bool>() != false)
        {
            violations.Add($"Storage {name}: allowBlobPublicAccess must be false.");
        }

        if (properties["minimumTlsVersion"]?.GetValue<string>() is not ("TLS1_2" or "TLS1_3"))
        {
            violations.Add($"Storage {name}: minimumTlsVersion must be TLS1_2 or newer.");
        }

        if (properties["supportsHttpsTrafficOnly"]?.GetValue<bool>() != true)
        {
            violations.Add($"Storage {name}: supportsHttpsTrafficOnly must be true.");
        }

        if (properties["allowSharedKeyAccess"]?.GetValue<bool>() != false)
        {
            violations.Add($"Storage {name}: allowSharedKeyAccess must be false (managed identity only).");
        }
    }

    private static void CheckBot(ArmResource bot, List<string> violations)
    {
        if (bot.Properties["msaAppType"]?.GetValue<string>() != "UserAssignedMSI")
        {
            violations.Add($"Bot {bot.String("name")}: msaAppType must be UserAssignedMSI (no app password).");
        }
    }

    private static bool IsTls12OrNewer(string? version) =>
        Version.TryParse(version, out var parsed) && parsed >= new Version(1, 2);

    private static IEnumerable<(string Name, JsonNode? Value)> Members(JsonNode? node) =>
        node is JsonObject obj ? obj.Select(p => (p.Key, p.Value)) : [];

    [GeneratedRegex("password|secret|connectionstring|(access|account|storage|primary|secondary|instrumentation)key|sastoken", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();

    [GeneratedRegex("ConnectionString|InstrumentationKey|listKeys|primaryKey|secondaryKey", RegexOptions.IgnoreCase)]
    private static partial Regex SecretValue();
}
