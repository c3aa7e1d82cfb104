using System.Text.Json.Nodes;

namespace WorkshopBot.Deployment.Tests;

// Proves the offline schema validation actually rejects bad manifests, so a passing
// ManifestPackageTests run means something.
[Trait("Category", "Integration")]
public sealed class TeamsSchemasTests(PackedManifestFixture package) : IClassFixture<PackedManifestFixture>
{
    [Fact]
    public async Task Manifest_UnknownProperty_IsRejected()
    {
        var manifest = package.Json("manifest.json");
        manifest["botz"] = new JsonArray();

        var errors = SchemaErrors.Of(await TeamsSchemas.ManifestAsync(), manifest.ToJsonString());

        Assert.Contains(errors, e => e.Contains("botz", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Manifest_BotIdNotAGuid_IsRejected()
    {
        var manifest = package.Json("manifest.json");
        manifest["bots"]![0]!["botId"] = "not-a-guid";

        var errors = SchemaErrors.Of(await TeamsSchemas.ManifestAsync(), manifest.ToJsonString());

        Assert.NotEmpty(errors);
    }

    [Fact]
    public async Task Manifest_TabInPersonalScope_IsRejected()
    {
        var manifest = package.Json("manifest.json");
        manifest["configurableTabs"]![0]!["scopes"] = new JsonArray("personal");

        var errors = SchemaErrors.Of(await TeamsSchemas.ManifestAsync(), manifest.ToJsonString());

        Assert.NotEmpty(errors);
    }

    [Fact]
    public async Task Localization_KeyTheSchemaDoesNotKnow_IsRejected()
    {
        var localization = package.Json("en.json");
        localization["configurableTabs[0].name"] = "Board";

        var errors = SchemaErrors.Of(await TeamsSchemas.LocalizationAsync(), localization.ToJsonString());

        Assert.NotEmpty(errors);
    }

    [Fact]
    public async Task Localization_WithoutShortName_IsRejected()
    {
        var localization = package.Json("en.json");
        localization.Remove("name.short");

        var errors = SchemaErrors.Of(await TeamsSchemas.LocalizationAsync(), localization.ToJsonString());

        Assert.NotEmpty(errors);
    }

    [Fact]
    public void NewestVersion_FromAppManifestPackage_IsAtLeast119()
    {
        var version = TeamsSchemas.NewestVersion;

        Assert.Matches(@"^1\.\d+$", version);
        Assert.True(int.Parse(version[2..], System.Globalization.CultureInfo.InvariantCulture) >= 19);
    }
}
