using System.Text.Json.Nodes;

namespace WorkshopBot.Deployment.Tests;

// The template rules must catch real mistakes; these templates make each one on purpose.
public sealed class ArmTemplateChecksTests
{
    [Fact]
    public void SecurityViolations_SafeTemplate_ReportsNothing()
    {
        var template = Template(Site(), Storage());

        Assert.Empty(ArmTemplateChecks.SecurityViolations(template));
    }

    [Fact]
    public void SecurityViolations_SecureStringParameter_Reported()
    {
        var template = Template(Site(), Storage());
        template["parameters"]!["botPassword"] = new JsonObject { ["type"] = "securestring" };

        var violations = ArmTemplateChecks.SecurityViolations(template);

        Assert.Contains("main: parameter 'botPassword' is a secret (securestring); use the managed identity instead.", violations);
    }

    [Fact]
    public void SecurityViolations_OutputWithStorageKeyInNestedModule_Reported()
    {
        var nested = Template(Storage());
        nested["outputs"]!["connection"] = new JsonObject
        {
            ["type"] = "string",
            ["value"] = "[format('DefaultEndpointsProtocol=https;AccountKey={0}', listKeys(resourceId('Microsoft.Storage/storageAccounts', 'x'), '2024-01-01').keys[0].value)]",
        };
        var template = Template(Module("storage", nested));

        var violations = ArmTemplateChecks.SecurityViolations(template);

        Assert.Contains("storage: output 'connection' exposes a secret or connection string.", violations);
        Assert.Contains("The template calls listKeys(), which reads keys or secrets.", violations);
    }

    [Fact]
    public void SecurityViolations_InsecureWebApp_ReportsEachProblem()
    {
        var site = Site();
        site["identity"] = new JsonObject { ["type"] = "SystemAssigned" };
        site["properties"]!["httpsOnly"] = false;
        site["properties"]!["siteConfig"]!["minTlsVersion"] = "1.0";
        site["properties"]!["siteConfig"]!["ftpsState"] = "AllAllowed";

        var violations = ArmTemplateChecks.SecurityViolations(Template(site));

        Assert.Equal(4, violations.Count);
        Assert.Contains(violations, v => v.Contains("httpsOnly", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("minTlsVersion", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("ftpsState", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("user-assigned managed identity", StringComparison.Ordinal));
    }

    [Fact]
    public void SecurityViolations_AppPasswordSetting_Reported()
    {
        var settings = new JsonObject
        {
            ["type"] = "Microsoft.Web/sites/config",
            ["name"] = "[format('{0}/{1}', parameters('siteName'), 'appsettings')]",
            ["properties"] = new JsonObject { ["MicrosoftAppPassword"] = "[parameters('p')]" },
        };

        var violations = ArmTemplateChecks.SecurityViolations(Template(Site(), settings));

        Assert.Contains(violations, v => v.Contains("'MicrosoftAppPassword'", StringComparison.Ordinal));
    }

    [Fact]
    public void SecurityViolations_OpenStorage_ReportsEachProblem()
    {
        var storage = Storage();
        storage["properties"]!["allowBlobPublicAccess"] = true;
        storage["properties"]!["minimumTlsVersion"] = "TLS1_0";
        storage["properties"]!["supportsHttpsTrafficOnly"] = false;
        storage["properties"]!.AsObject().Remove("allowSharedKeyAccess");

        var violations = ArmTemplateChecks.SecurityViolations(Template(storage));

        Assert.Equal(4, violations.Count);
    }

    [Fact]
    public void SecurityViolations_BotWithAppPassword_Reported()
    {
        var bot = new JsonObject
        {
            ["type"] = "Microsoft.BotService/botServices",
            ["name"] = "bot",
            ["properties"] = new JsonObject { ["msaAppType"] = "SingleTenant" },
        };

        var violations = ArmTemplateChecks.SecurityViolations(Template(bot));

        Assert.Equal(["Bot bot: msaAppType must be UserAssignedMSI (no app password)."], violations);
    }

    private static JsonObject Template(params JsonObject[] resources) => new()
    {
        ["parameters"] = new JsonObject { ["name"] = new JsonObject { ["type"] = "string" } },
        ["outputs"] = new JsonObject(),
        ["resources"] = new JsonArray(resources.Select(r => (JsonNode)r).ToArray()),
    };

    private static JsonObject Module(string name, JsonObject template) => new()
    {
        ["type"] = ArmTemplate.DeploymentType,
        ["name"] = name,
        ["properties"] = new JsonObject { ["template"] = template },
    };

    private static JsonObject Site() => new()
    {
        ["type"] = "Microsoft.Web/sites",
        ["name"] = "app",
        ["identity"] = new JsonObject
        {
            ["type"] = "UserAssigned",
            ["userAssignedIdentities"] = new JsonObject { ["[parameters('identityId')]"] = new JsonObject() },
        },
        ["properties"] = new JsonObject
        {
            ["httpsOnly"] = true,
            ["siteConfig"] = new JsonObject { ["minTlsVersion"] = "1.2", ["ftpsState"] = "Disabled" },
        },
    };

    private static JsonObject Storage() => new()
    {
        ["type"] = "Microsoft.Storage/storageAccounts",
        ["name"] = "st",
        ["properties"] = new JsonObject
        {
            ["allowBlobPublicAccess"] = false,
            ["minimumTlsVersion"] = "TLS1_2",
            ["supportsHttpsTrafficOnly"] = true,
            ["allowSharedKeyAccess"] = false,
        },
    };
}
