using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace WorkshopBot.Deployment.Tests;

[Trait("Category", "Integration")]
public sealed class ManifestPackageTests(PackedManifestFixture package) : IClassFixture<PackedManifestFixture>
{
    [Fact]
    public void Pack_SampleValues_ZipHoldsManifestLocalizationAndIconsAtRoot()
    {
        var names = package.Entries.Keys.Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["color.png", "en.json", "manifest.json", "outline.png"], names);
    }

    [Fact]
    public async Task Manifest_InPackage_ValidatesAgainstNewestOfficialSchema()
    {
        var schema = await TeamsSchemas.ManifestAsync();

        var errors = SchemaErrors.Of(schema, package.Text("manifest.json"));

        Assert.Empty(errors);
    }

    [Fact]
    public async Task Localization_InPackage_ValidatesAgainstOfficialLocalizationSchema()
    {
        var schema = await TeamsSchemas.LocalizationAsync();

        var errors = SchemaErrors.Of(schema, package.Text("en.json"));

        Assert.Empty(errors);
    }

    [Fact]
    public void Manifest_Version_IsNewestSchemaInAppManifestPackage()
    {
        var manifest = package.Json("manifest.json");
        var newest = TeamsSchemas.NewestVersion;

        var version = manifest["manifestVersion"]!.GetValue<string>();

        // The schema's "const" on manifestVersion is a draft-06 keyword the validator may ignore.
        Assert.Equal(newest, version);
        Assert.True(int.Parse(version["1.".Length..], CultureInfo.InvariantCulture) >= 19, $"manifest version {version} is older than 1.19");
        Assert.Equal($"https://developer.microsoft.com/en-us/json-schemas/teams/v{newest}/MicrosoftTeams.schema.json", manifest["$schema"]!.GetValue<string>());
        Assert.Equal($"https://developer.microsoft.com/en-us/json-schemas/teams/v{newest}/MicrosoftTeams.Localization.schema.json", package.Json("en.json")["$schema"]!.GetValue<string>());
    }

    [Fact]
    public void Manifest_Placeholders_FilledWithGivenValues()
    {
        var manifest = package.Json("manifest.json");

        Assert.Equal(SampleValues.AppId, manifest["id"]!.GetValue<string>());
        Assert.Equal(SampleValues.BotId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal("1.0.0", manifest["version"]!.GetValue<string>());
        Assert.Equal("WorkshopBot", manifest["developer"]!["name"]!.GetValue<string>());
        Assert.DoesNotContain("{{", package.Text("manifest.json"), StringComparison.Ordinal);
        Assert.DoesNotContain("{{", package.Text("en.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void Manifest_Languages_DutchDefaultWithEnglishFile()
    {
        var info = package.Json("manifest.json")["localizationInfo"]!;

        Assert.Equal("nl-nl", info["defaultLanguageTag"]!.GetValue<string>());
        var english = Assert.Single(info["additionalLanguages"]!.AsArray());
        Assert.Equal("en", english!["languageTag"]!.GetValue<string>());
        Assert.Equal("en.json", english["file"]!.GetValue<string>());
    }

    [Fact]
    public void Localization_EveryKey_TranslatesAnExistingManifestString()
    {
        var manifest = package.Json("manifest.json");
        var localization = package.Json("en.json");

        var dangling = localization
            .Where(p => p.Key != "$schema" && p.Key != "localizationKeys")
            .Where(p => Resolve(manifest, p.Key) is not JsonValue)
            .Select(p => p.Key)
            .ToList();

        Assert.Empty(dangling);
    }

    [Fact]
    public void Localization_EveryDutchCommandAndFeature_HasAnEnglishTranslation()
    {
        var manifest = package.Json("manifest.json");
        var localization = package.Json("en.json");
        var expected = new List<string> { "name.short", "name.full", "description.short", "description.full" };
        var lists = manifest["bots"]![0]!["commandLists"]!.AsArray();
        for (var l = 0; l < lists.Count; l++)
        {
            var commands = lists[l]!["commands"]!.AsArray();
            for (var c = 0; c < commands.Count; c++)
            {
                expected.Add($"bots[0].commandLists[{l}].commands[{c}].title");
                expected.Add($"bots[0].commandLists[{l}].commands[{c}].description");
            }
        }

        var features = manifest["description"]!["features"]!.AsArray();
        for (var f = 0; f < features.Count; f++)
        {
            expected.Add($"description.features[{f}].title");
            expected.Add($"description.features[{f}].description");
        }

        var missing = expected.Where(key => localization[key] is null).ToList();

        Assert.Empty(missing);
        Assert.NotEqual(manifest["description"]!["short"]!.GetValue<string>(), localization["description.short"]!.GetValue<string>());
    }

    [Fact]
    public void Manifest_Bot_AvailableInPersonalTeamAndGroupChatWithCommandsForEach()
    {
        var bot = package.Json("manifest.json")["bots"]![0]!;

        var scopes = Strings(bot["scopes"]);
        var commandScopes = bot["commandLists"]!.AsArray().SelectMany(l => Strings(l!["scopes"])).ToList();
        var groupCommands = bot["commandLists"]!.AsArray()
            .Single(l => Strings(l!["scopes"]).Contains("team"))!["commands"]!.AsArray()
            .Select(c => c!["title"]!.GetValue<string>())
            .ToList();

        Assert.Equal(["groupChat", "personal", "team"], scopes.Order(StringComparer.Ordinal));
        Assert.Equal(["groupChat", "personal", "team"], commandScopes.Order(StringComparer.Ordinal));
        Assert.Contains("help", groupCommands);
        Assert.Contains("bord", groupCommands);
        Assert.Contains("stap", groupCommands);
        Assert.Contains("notitie", groupCommands);
    }

    [Fact]
    public void Manifest_ConfigurableTab_InChannelsChatsAndEveryMeetingSurface()
    {
        var tab = Assert.Single(package.Json("manifest.json")["configurableTabs"]!.AsArray())!;

        Assert.Equal($"https://{SampleValues.HostName}/tab/config", tab["configurationUrl"]!.GetValue<string>());
        Assert.Equal(["groupChat", "team"], Strings(tab["scopes"]).Order(StringComparer.Ordinal));
        var context = Strings(tab["context"]);
        foreach (var surface in new[] { "channelTab", "privateChatTab", "meetingChatTab", "meetingDetailsTab", "meetingSidePanel", "meetingStage" })
        {
            Assert.Contains(surface, context);
        }
    }

    [Fact]
    public void Manifest_ResourceSpecificConsent_GrantsMeetingStartAndEndEvents()
    {
        var permissions = package.Json("manifest.json")["authorization"]!["permissions"]!["resourceSpecific"]!.AsArray()
            .Select(p => (Name: p!["name"]!.GetValue<string>(), Type: p["type"]!.GetValue<string>()))
            .ToList();

        // Teams sends application/vnd.microsoft.meetingStart/End events only with these grants.
        Assert.Contains(("OnlineMeeting.ReadBasic.Chat", "Application"), permissions);
        Assert.Contains(("ChannelMeeting.ReadBasic.Group", "Application"), permissions);
    }

    [Fact]
    public void Manifest_WebApplicationInfo_PointsAtSsoAppRegistration()
    {
        var info = package.Json("manifest.json")["webApplicationInfo"]!;

        Assert.Equal(SampleValues.SsoClientId, info["id"]!.GetValue<string>());
        Assert.Equal($"api://{SampleValues.HostName}/{SampleValues.SsoClientId}", info["resource"]!.GetValue<string>());
    }

    [Fact]
    public void Manifest_EveryUrl_IsHttpsOnAValidDomain()
    {
        var manifest = package.Json("manifest.json");
        var validDomains = Strings(manifest["validDomains"]);
        var urls = Regex.Matches(package.Text("manifest.json"), "\"(https?://[^\"]+)\"")
            .Select(m => new Uri(m.Groups[1].Value))
            .Where(u => !u.AbsoluteUri.StartsWith("https://developer.microsoft.com/", StringComparison.Ordinal))
            .ToList();

        Assert.Equal([SampleValues.HostName], validDomains);
        Assert.NotEmpty(urls);
        Assert.All(urls, u => Assert.Equal("https", u.Scheme));
        Assert.All(urls, u => Assert.Contains(u.Host, validDomains));
    }

    [Fact]
    public void Icons_InPackage_AreTheCommittedIcons()
    {
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepositoryPaths.ManifestDirectory, "color.png")), package.Entries["color.png"]);
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepositoryPaths.ManifestDirectory, "outline.png")), package.Entries["outline.png"]);
    }

    private static List<string> Strings(JsonNode? array) =>
        array!.AsArray().Select(n => n!.GetValue<string>()).ToList();

    // Follows a localization key such as "bots[0].commandLists[1].commands[2].title" into the manifest.
    private static JsonNode? Resolve(JsonNode root, string key)
    {
        JsonNode? current = root;
        foreach (Match part in Regex.Matches(key, @"([^.\[\]]+)|\[(\d+)\]"))
        {
            if (current is null)
            {
                return null;
            }

            if (part.Groups[2].Success)
            {
                var index = int.Parse(part.Groups[2].Value, CultureInfo.InvariantCulture);
                current = current is JsonArray array && index < array.Count ? array[index] : null;
            }
            else
            {
                current = current is JsonObject obj ? obj[part.Groups[1].Value] : null;
            }
        }

        return current;
    }
}
