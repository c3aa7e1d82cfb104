using System.IO.Compression;
using System.Text.Json.Nodes;
using WorkshopBot.Cli.Deployment;

namespace WorkshopBot.Deployment.Tests;

[Trait("Category", "Integration")]
public sealed class ManifestPackagerTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "workshopbot-packager-" + Guid.NewGuid().ToString("N"));

    private string OutputPath => Path.Combine(directory, "out", "appPackage.zip");

    [Fact]
    public void Pack_NoValues_ListsEveryUnfilledPlaceholderAndWritesNothing()
    {
        var result = ManifestPackager.Pack(RepositoryPaths.ManifestDirectory, new Dictionary<string, string>(), OutputPath);

        Assert.False(result.Succeeded);
        Assert.Null(result.PackagePath);
        var error = Assert.Single(result.Errors);
        Assert.Equal("manifest.json: no value for placeholder(s) APP_ID, BOT_ID, HOST_NAME, SSO_CLIENT_ID, SSO_RESOURCE.", error);
        Assert.False(File.Exists(OutputPath));
    }

    [Fact]
    public void Pack_HostNameWithScheme_FailsWithHint()
    {
        var values = SampleValues.Create();
        values["HOST_NAME"] = "https://workshopbot.azurewebsites.net";

        var result = ManifestPackager.Pack(RepositoryPaths.ManifestDirectory, values, OutputPath);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.StartsWith("HOST_NAME must be a host name without scheme", StringComparison.Ordinal));
        Assert.False(File.Exists(OutputPath));
    }

    [Theory]
    [InlineData("workshopbot.azurewebsites.net/api")]
    [InlineData("workshopbot.azurewebsites.net:443")]
    [InlineData("localhost")]
    public void Pack_HostNameNotAFullyQualifiedName_Fails(string hostName)
    {
        var values = SampleValues.Create();
        values["HOST_NAME"] = hostName;

        var result = ManifestPackager.Pack(RepositoryPaths.ManifestDirectory, values, OutputPath);

        Assert.Contains(result.Errors, e => e.StartsWith("HOST_NAME must be a fully qualified host name", StringComparison.Ordinal));
    }

    [Fact]
    public void Pack_IdsNotGuids_ReportsEachOne()
    {
        var values = SampleValues.Create();
        values["APP_ID"] = "workshopbot";
        values["BOT_ID"] = "{0d2b7c6e-8f1a-4c3b-a9e5-7b4d2c1f8e60}";

        var result = ManifestPackager.Pack(RepositoryPaths.ManifestDirectory, values, OutputPath);

        Assert.Contains(result.Errors, e => e.StartsWith("APP_ID must be a GUID", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.StartsWith("BOT_ID must be a GUID", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Errors, e => e.StartsWith("SSO_CLIENT_ID", StringComparison.Ordinal));
    }

    [Fact]
    public void Pack_VersionNotSemVer_Fails()
    {
        var values = SampleValues.Create();
        values["APP_VERSION"] = "1.0";

        var result = ManifestPackager.Pack(RepositoryPaths.ManifestDirectory, values, OutputPath);

        Assert.Contains(result.Errors, e => e.StartsWith("APP_VERSION must be MAJOR.MINOR.PATCH", StringComparison.Ordinal));
    }

    [Fact]
    public void Pack_PublisherNameWithQuotes_IsEscapedIntoValidJson()
    {
        var values = SampleValues.Create();
        values["PUBLISHER_NAME"] = "Gemeente \"Ons Dorp\"";

        var result = ManifestPackager.Pack(RepositoryPaths.ManifestDirectory, values, OutputPath);

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        Assert.Equal("Gemeente \"Ons Dorp\"", ReadManifest()["developer"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public void Pack_CustomSsoResourceAndVersion_AreUsed()
    {
        var values = SampleValues.Create();
        values["SSO_RESOURCE"] = "api://bord.gemeente.nl/" + SampleValues.SsoClientId;
        values["APP_VERSION"] = "2.3.4";

        var result = ManifestPackager.Pack(RepositoryPaths.ManifestDirectory, values, OutputPath);

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        var manifest = ReadManifest();
        Assert.Equal("api://bord.gemeente.nl/" + SampleValues.SsoClientId, manifest["webApplicationInfo"]!["resource"]!.GetValue<string>());
        Assert.Equal("2.3.4", manifest["version"]!.GetValue<string>());
    }

    [Fact]
    public void Pack_SameValuesTwice_WritesIdenticalPackages()
    {
        var first = ManifestPackager.Pack(RepositoryPaths.ManifestDirectory, SampleValues.Create(), OutputPath);
        var firstBytes = File.ReadAllBytes(OutputPath);

        var second = ManifestPackager.Pack(RepositoryPaths.ManifestDirectory, SampleValues.Create(), OutputPath);

        Assert.True(first.Succeeded && second.Succeeded);
        Assert.Equal(firstBytes, File.ReadAllBytes(OutputPath));
        Assert.False(File.Exists(OutputPath + ".tmp"));
    }

    [Fact]
    public void Pack_TemplateNamingIconInSubfolder_Fails()
    {
        var templates = Path.Combine(directory, "templates");
        Directory.CreateDirectory(templates);
        foreach (var file in Directory.GetFiles(RepositoryPaths.ManifestDirectory))
        {
            File.Copy(file, Path.Combine(templates, Path.GetFileName(file)));
        }

        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(templates, "manifest.json")))!;
        manifest["icons"]!["color"] = "icons/color.png";
        File.WriteAllText(Path.Combine(templates, "manifest.json"), manifest.ToJsonString());

        var result = ManifestPackager.Pack(templates, SampleValues.Create(), OutputPath);

        Assert.Contains(result.Errors, e => e.Contains("'icons/color.png'", StringComparison.Ordinal));
        Assert.False(File.Exists(OutputPath));
    }

    public void Dispose()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private JsonNode ReadManifest()
    {
        using var zip = ZipFile.OpenRead(OutputPath);
        using var stream = zip.GetEntry("manifest.json")!.Open();
        return JsonNode.Parse(stream)!;
    }
}
