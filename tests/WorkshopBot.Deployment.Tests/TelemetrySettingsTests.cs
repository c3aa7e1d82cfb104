using Microsoft.Extensions.Configuration;
using WorkshopBot.Web.Hosting;

namespace WorkshopBot.Deployment.Tests;

// Issue 14: the deployed app exports its telemetry (with the WorkshopBot meter) to Application Insights.
// The export is decided from the app settings alone (TelemetryExport); these tests feed it exactly the
// settings the compiled Bicep gives App Service, so a renamed setting on either side (the kind of mismatch
// that once broke the deployed board) shows here, without an exporter ever being started.
[Trait("Category", "Integration")]
public sealed class TelemetrySettingsTests(BicepBuildFixture bicep) : IClassFixture<BicepBuildFixture>
{
    [Fact]
    public void DeployedSettings_TurnTheApplicationInsightsExportOn_SignedInAsTheAppIdentity()
    {
        var export = TelemetryExport.From(Configuration(DeployedAppSettings.Resolve(bicep.Template, DeployedAppSettings.SampleAppInsightsConnectionString)));

        Assert.True(export.ToAzureMonitor);
        Assert.Equal(DeployedAppSettings.SampleAppInsightsConnectionString, export.AzureMonitorConnectionString);
        Assert.Equal(DeployedAppSettings.IdentityClientId, export.IngestionIdentityClientId);
        Assert.Equal("workshopbot", export.ServiceName);
        Assert.False(export.ToOtlp);
    }

    [Theory]
    [InlineData(TelemetryExport.ConnectionStringSetting)]
    [InlineData(TelemetryExport.IdentitySetting)]
    [InlineData(TelemetryExport.ServiceNameSetting)]
    public void AppSettings_NameEverySettingTheExportReadsInAzure(string setting)
    {
        var settings = DeployedAppSettings.Raw(bicep.Template);

        Assert.True(settings.ContainsKey(setting), $"The Bicep's app settings lack {setting}, which TelemetryExport reads; it has: {string.Join(", ", settings.Select(s => s.Key))}");
    }

    // The tests' own hosts: without the connection string nothing is exported, whatever else is set.
    [Fact]
    public void DeployedSettingsWithoutTheConnectionString_ExportNothing()
    {
        var export = TelemetryExport.From(Configuration(DeployedAppSettings.Resolve(bicep.Template)));

        Assert.False(export.ToAzureMonitor);
        Assert.False(export.ToOtlp);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
