using System.Reflection;
using System.Text.Json.Nodes;
using WorkshopBot.Storage;

namespace WorkshopBot.Deployment.Tests;

[Trait("Category", "Integration")]
public sealed class BicepTemplateTests(BicepBuildFixture bicep) : IClassFixture<BicepBuildFixture>
{
    // Built-in "Storage Table Data Contributor": it may also create and delete tables, so the app must not get it.
    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";

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
        Assert.Equal("false", settings["TableStorage__CreateTables"]!.GetValue<string>());
        Assert.Contains("Microsoft.Insights/components", settings["APPLICATIONINSIGHTS_CONNECTION_STRING"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("[format('https://{0}'", settings["Board__PublicBaseUrl"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("[parameters('ssoClientId')]", settings["Board__SsoClientId"]!.GetValue<string>());
        Assert.Equal("[parameters('tenantId')]", settings["Board__SsoTenantId"]!.GetValue<string>());
        Assert.Equal("[parameters('tenantId')]", settings["BotFramework__AllowedTenantIds__0"]!.GetValue<string>());
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
    public void Template_Storage_IdentityMayUseEntitiesButNotCreateOrDeleteTables()
    {
        var template = bicep.Template;
        var assignment = ArmTemplate.OfType(template, "Microsoft.Authorization/roleAssignments")
            .Single(r => r.Module == "storage");
        var role = Assert.Single(ArmTemplate.OfType(template, "Microsoft.Authorization/roleDefinitions"));
        var permissions = Assert.Single(role.Properties["permissions"]!.AsArray())!;

        Assert.Equal("[resourceId('Microsoft.Authorization/roleDefinitions', guid(resourceGroup().id, 'workshopbot-table-entities'))]", assignment.String("properties", "roleDefinitionId"));
        Assert.Equal("[parameters('dataContributorPrincipalId')]", assignment.String("properties", "principalId"));
        Assert.Equal("[reference('identity').outputs.principalId.value]", ArmTemplate.ModuleParameters(template, "storage")["dataContributorPrincipalId"]!["value"]!.GetValue<string>());
        Assert.Equal(["Microsoft.Storage/storageAccounts/tableServices/tables/read"], Strings(permissions["actions"]));
        Assert.Equal(
            ["read", "write", "delete", "add/action", "update/action"],
            Strings(permissions["dataActions"]).Select(a => a.Replace("Microsoft.Storage/storageAccounts/tableServices/tables/entities/", "", StringComparison.Ordinal)));
        Assert.Equal(["[resourceGroup().id]"], Strings(role.Properties["assignableScopes"]));
        Assert.DoesNotContain(template.ToJsonString(), StorageTableDataContributor, StringComparison.Ordinal);
    }

    // The Bicep creates the tables and the app does not (TableStorage__CreateTables is false), so the list
    // must be exactly the app's TableNames.
    [Fact]
    public void Template_Tables_AreExactlyTheTablesTheAppUses()
    {
        var appTables = typeof(TableNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!);
        var tables = Assert.Single(ArmTemplate.OfType(bicep.Template, "Microsoft.Storage/storageAccounts/tableServices/tables"));

        Assert.Equal(appTables.Order(StringComparer.Ordinal), bicep.TableNames.Order(StringComparer.Ordinal));
        Assert.Equal("[variables('tableNames')]", ArmTemplate.ModuleParameters(bicep.Template, "storage")["tableNames"]!["value"]!.GetValue<string>());
        Assert.Equal("[length(parameters('tableNames'))]", tables.String("copy", "count"));
    }

    [Fact]
    public void Template_AppInsights_AcceptsOnlyEntraIngestionFromTheIdentity()
    {
        var template = bicep.Template;
        var component = Assert.Single(ArmTemplate.OfType(template, "Microsoft.Insights/components"), c => c.Module == "monitoring");
        var assignment = ArmTemplate.OfType(template, "Microsoft.Authorization/roleAssignments").Single(r => r.Module == "monitoring");
        var settings = DeployedAppSettings.Raw(template);

        Assert.True(component.Properties["DisableLocalAuth"]!.GetValue<bool>());
        var monitoringVariables = ArmTemplate.Templates(template).Single(t => t.Module == "monitoring").Template["variables"]!;
        Assert.Equal(MonitoringMetricsPublisher, monitoringVariables["monitoringMetricsPublisherRoleId"]!.GetValue<string>());
        Assert.Equal("[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', variables('monitoringMetricsPublisherRoleId'))]", assignment.String("properties", "roleDefinitionId"));
        Assert.Equal("[reference('identity').outputs.principalId.value]", ArmTemplate.ModuleParameters(template, "monitoring")["publisherPrincipalId"]!["value"]!.GetValue<string>());
        // The exporters sign in with this identity (ObservabilityExtensions).
        Assert.Equal("[parameters('identityClientId')]", settings["AZURE_CLIENT_ID"]!.GetValue<string>());
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

    private static IReadOnlyList<string> Strings(JsonNode? array) => array!.AsArray().Select(n => n!.GetValue<string>()).ToList();
}
