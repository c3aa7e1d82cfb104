using System.Text.Json.Nodes;

namespace WorkshopBot.Deployment.Tests;

[Trait("Category", "Integration")]
public sealed class BicepTemplateTests(BicepBuildFixture bicep) : IClassFixture<BicepBuildFixture>
{
    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";

    [Fact]
    public void Build_MainBicep_CompilesWithoutWarnings()
    {
        Assert.Equal(0, bicep.Build.ExitCode);
        Assert.Equal("", bicep.Build.StandardError.Trim());
        Assert.StartsWith("{", bicep.Build.StandardOutput.TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public void BuildParams_MainBicepparam_CompilesWithoutWarnings()
    {
        Assert.Equal(0, bicep.BuildParams.ExitCode);
        Assert.Equal("", bicep.BuildParams.StandardError.Trim());
    }

    [Fact]
    public void Lint_ParametersFile_ReportsNothing()
    {
        Assert.Equal((0, "", ""), (bicep.LintParams.ExitCode, bicep.LintParams.StandardOutput.Trim(), bicep.LintParams.StandardError.Trim()));
    }

    [Fact]
    public void Template_SecurityRules_AllHold()
    {
        var violations = ArmTemplateChecks.SecurityViolations(bicep.Template);

        Assert.Empty(violations);
    }

    [Fact]
    public void Template_WebApp_RunsAsTheManagedIdentityFromTheIdentityModule()
    {
        var template = bicep.Template;
        var site = Assert.Single(ArmTemplate.OfType(template, "Microsoft.Web/sites"));
        var appParameters = ArmTemplate.ModuleParameters(template, "app");

        Assert.Equal("UserAssigned", site.String("identity", "type"));
        var key = Assert.Single(site.Body["identity"]!["userAssignedIdentities"]!.AsObject()).Key;
        Assert.Contains("parameters('identityId')", key, StringComparison.Ordinal);
        Assert.Equal("[reference('identity').outputs.id.value]", appParameters["identityId"]!["value"]!.GetValue<string>());
        Assert.Equal("[reference('identity').outputs.clientId.value]", appParameters["identityClientId"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public void Template_AppSettings_AreTheOnesTheHostReadsWithoutSecrets()
    {
        var settings = DeployedAppSettings.Raw(bicep.Template);

        Assert.Equal("UserAssignedMSI", settings["MicrosoftAppType"]!.GetValue<string>());
        Assert.Equal("[parameters('identityClientId')]", settings["MicrosoftAppId"]!.GetValue<string>());
        Assert.Equal("[parameters('tenantId')]", settings["MicrosoftAppTenantId"]!.GetValue<string>());
        Assert.Equal("[parameters('identityClientId')]", settings["TableStorage__ManagedIdentityClientId"]!.GetValue<string>());
        Assert.Equal("[parameters('tableServiceUri')]", settings["TableStorage__ServiceUri"]!.GetValue<string>());
        Assert.Contains("Microsoft.Insights/components", settings["APPLICATIONINSIGHTS_CONNECTION_STRING"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("[format('https://{0}'", settings["Board__PublicBaseUrl"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("[parameters('ssoClientId')]", settings["Board__SsoClientId"]!.GetValue<string>());
        Assert.Equal("[parameters('tenantId')]", settings["Board__SsoTenantId"]!.GetValue<string>());
        Assert.Null(settings["MicrosoftAppPassword"]);
    }

    [Fact]
    public void Template_StorageModule_BuildsTableServiceUriForTheApp()
    {
        var storage = ArmTemplate.Templates(bicep.Template).Single(t => t.Module == "storage").Template;

        var uri = storage["outputs"]!["tableServiceUri"]!["value"]!.GetValue<string>();

        Assert.Equal("[format('https://{0}.table.{1}', parameters('name'), environment().suffixes.storage)]", uri);
    }

    [Fact]
    public void Template_WebApp_LinuxDotnet10WithHealthCheckAndNoStickySessions()
    {
        var template = bicep.Template;
        var site = Assert.Single(ArmTemplate.OfType(template, "Microsoft.Web/sites"));
        var plan = Assert.Single(ArmTemplate.OfType(template, "Microsoft.Web/serverfarms"));
        var config = site.Properties["siteConfig"]!;

        Assert.Equal("DOTNETCORE|10.0", config["linuxFxVersion"]!.GetValue<string>());
        Assert.Equal("/health/ready", config["healthCheckPath"]!.GetValue<string>());
        Assert.True(config["alwaysOn"]!.GetValue<bool>());
        Assert.False(site.Properties["clientAffinityEnabled"]!.GetValue<bool>());
        Assert.True(plan.Properties["reserved"]!.GetValue<bool>());
        Assert.Equal("[parameters('instanceCount')]", plan.String("sku", "capacity"));
        Assert.True(template["parameters"]!["instanceCount"]!["maxValue"]!.GetValue<int>() >= 2);
    }

    [Fact]
    public void Template_WebApp_BasicAuthPublishingIsOff()
    {
        var policies = ArmTemplate.OfType(bicep.Template, "Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToList();

        Assert.Equal(2, policies.Count);
        Assert.All(policies, p => Assert.False(p.Properties["allow"]!.GetValue<bool>()));
    }

    [Fact]
    public void Template_Storage_IdentityIsTableDataContributorAndTablesExist()
    {
        var template = bicep.Template;
        var assignment = ArmTemplate.OfType(template, "Microsoft.Authorization/roleAssignments")
            .Single(r => r.Module == "storage");
        var tables = Assert.Single(ArmTemplate.OfType(template, "Microsoft.Storage/storageAccounts/tableServices/tables"));
        var tableNames = template["parameters"]!["tableNames"]!["defaultValue"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();

        var storageVariables = ArmTemplate.Templates(template).Single(t => t.Module == "storage").Template["variables"]!;
        Assert.Equal(StorageTableDataContributor, storageVariables["tableDataContributorRoleId"]!.GetValue<string>());
        Assert.Equal("[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', variables('tableDataContributorRoleId'))]", assignment.String("properties", "roleDefinitionId"));
        Assert.Equal("[parameters('dataContributorPrincipalId')]", assignment.String("properties", "principalId"));
        Assert.Equal("[reference('identity').outputs.principalId.value]", ArmTemplate.ModuleParameters(template, "storage")["dataContributorPrincipalId"]!["value"]!.GetValue<string>());
        Assert.NotNull(tables.Body["copy"]);
        foreach (var table in new[] { "Workshops", "ConversationIndex", "ConversationReferences", "ProcessedActivities" })
        {
            Assert.Contains(table, tableNames);
        }
    }

    [Fact]
    public void Template_Bot_SingleTenantManagedIdentityWithTeamsChannel()
    {
        var template = bicep.Template;
        var bot = Assert.Single(ArmTemplate.OfType(template, "Microsoft.BotService/botServices"));
        var channel = Assert.Single(ArmTemplate.OfType(template, "Microsoft.BotService/botServices/channels"));
        var botParameters = ArmTemplate.ModuleParameters(template, "bot");

        Assert.Equal("azurebot", bot.String("kind"));
        Assert.Equal("UserAssignedMSI", bot.String("properties", "msaAppType"));
        Assert.Equal("[parameters('identityClientId')]", bot.String("properties", "msaAppId"));
        Assert.Equal("[parameters('identityId')]", bot.String("properties", "msaAppMSIResourceId"));
        Assert.Equal("[parameters('tenantId')]", bot.String("properties", "msaAppTenantId"));
        Assert.Equal("MsTeamsChannel", channel.String("properties", "channelName"));
        Assert.Equal("[format('https://{0}/api/messages', reference('app').outputs.publicHostName.value)]", botParameters["messagingEndpoint"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public void Template_Outputs_CoverWhatManifestPackagingNeeds()
    {
        var outputs = bicep.Template["outputs"]!.AsObject();

        foreach (var name in new[] { "hostName", "botId", "teamsAppId", "ssoClientId", "webAppName" })
        {
            Assert.True(outputs.ContainsKey(name), $"output {name} is missing");
        }

        Assert.Equal("[reference('bot').outputs.appId.value]", outputs["botId"]!["value"]!.GetValue<string>());
        Assert.Equal("[reference('app').outputs.publicHostName.value]", outputs["hostName"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public void Parameters_File_SetsOnlyKnownNonSecretParameters()
    {
        var known = bicep.Template["parameters"]!.AsObject().Select(p => p.Key).ToHashSet();
        var given = bicep.Parameters["parameters"]!.AsObject();

        Assert.NotEmpty(given);
        Assert.All(given, p => Assert.Contains(p.Key, known));
        Assert.All(given, p => Assert.Null(p.Value!["reference"]));
        Assert.Equal(2, given["instanceCount"]!["value"]!.GetValue<int>());
    }
}
