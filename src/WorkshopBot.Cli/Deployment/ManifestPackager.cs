using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace WorkshopBot.Cli.Deployment;

/// <summary>
/// Turns the manifest templates in <c>manifest/</c> into the Teams app package an administrator
/// uploads: fills the <c>{{NAME}}</c> placeholders, checks the values, and zips manifest.json,
/// its localization files and both icons at the root of the archive (Teams rejects packages
/// with a folder inside).
/// </summary>
public static partial class ManifestPackager
{
    public const string ManifestFileName = "manifest.json";

    public const string AppId = "APP_ID";
    public const string BotId = "BOT_ID";
    public const string HostName = "HOST_NAME";
    public const string SsoClientId = "SSO_CLIENT_ID";
    public const string SsoResource = "SSO_RESOURCE";
    public const string PublisherName = "PUBLISHER_NAME";
    public const string AppVersion = "APP_VERSION";

    private const string DefaultPublisherName = "WorkshopBot";
    private const string DefaultAppVersion = "1.0.0";

    // Zip entries get a fixed timestamp so the same inputs always give the same package bytes.
    private static readonly DateTimeOffset EntryTimestamp = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static ManifestPackResult Pack(string manifestDirectory, IReadOnlyDictionary<string, string> values, string outputZipPath)
    {
        var manifestPath = Path.Combine(manifestDirectory, ManifestFileName);
        if (!File.Exists(manifestPath))
        {
            return ManifestPackResult.Failure([$"No {ManifestFileName} in '{Path.GetFullPath(manifestDirectory)}'."]);
        }

        var effective = WithDefaults(values);
        var errors = new List<string>(ValidateValues(effective));

        var manifestTemplate = File.ReadAllText(manifestPath);
        var manifest = FillAndParse(ManifestFileName, manifestTemplate, effective, errors);
        if (manifest is null)
        {
            return ManifestPackResult.Failure(errors);
        }

        // The manifest names the other files that belong in the package.
        var filled = new List<(string Name, byte[] Content)> { (ManifestFileName, manifest.Value.Content) };
        var languageFiles = PlainFileNames(LanguageFiles(manifest.Value.Json), errors);
        var iconFiles = PlainFileNames(IconFiles(manifest.Value.Json, errors), errors);
        foreach (var languageFile in languageFiles)
        {
            var path = Path.Combine(manifestDirectory, languageFile);
            if (!File.Exists(path))
            {
                errors.Add($"Localization file '{languageFile}' named in {ManifestFileName} does not exist.");
                continue;
            }

            var localization = FillAndParse(languageFile, File.ReadAllText(path), effective, errors);
            if (localization is not null)
            {
                filled.Add((languageFile, localization.Value.Content));
            }
        }

        foreach (var icon in iconFiles)
        {
            var path = Path.Combine(manifestDirectory, icon);
            if (File.Exists(path))
            {
                filled.Add((icon, File.ReadAllBytes(path)));
            }
            else
            {
                errors.Add($"Icon '{icon}' named in {ManifestFileName} does not exist.");
            }
        }

        if (errors.Count > 0)
        {
            return ManifestPackResult.Failure(errors);
        }

        var fullOutputPath = Path.GetFullPath(outputZipPath);
        WriteZip(fullOutputPath, filled);
        return new ManifestPackResult(fullOutputPath, filled.Select(f => f.Name).ToList(), []);
    }

    private static Dictionary<string, string> WithDefaults(IReadOnlyDictionary<string, string> values)
    {
        var effective = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            effective[key] = value.Trim();
        }

        AddDefault(effective, PublisherName, DefaultPublisherName);
        AddDefault(effective, AppVersion, DefaultAppVersion);

        // The Application ID URI the tab's SSO app registration exposes; Teams requires this form
        // (api://<fully qualified domain>/<client id>) unless the tenant uses a custom one.
        if (HasValue(effective, HostName) && HasValue(effective, SsoClientId))
        {
            AddDefault(effective, SsoResource, $"api://{effective[HostName]}/{effective[SsoClientId]}");
        }

        return effective;
    }

    private static void AddDefault(Dictionary<string, string> values, string key, string value)
    {
        if (!HasValue(values, key))
        {
            values[key] = value;
        }
    }

    private static bool HasValue(Dictionary<string, string> values, string key) =>
        values.TryGetValue(key, out var value) && value.Length > 0;

    private static IEnumerable<string> ValidateValues(Dictionary<string, string> values)
    {
        foreach (var key in new[] { AppId, BotId, SsoClientId })
        {
            if (HasValue(values, key) && !Guid.TryParseExact(values[key], "D", out _))
            {
                yield return $"{key} must be a GUID like 00000000-0000-0000-0000-000000000000, got '{values[key]}'.";
            }
        }

        if (HasValue(values, HostName))
        {
            var host = values[HostName];
            if (host.Contains("://", StringComparison.Ordinal))
            {
                yield return $"{HostName} must be a host name without scheme (e.g. workshopbot.azurewebsites.net), got '{host}'.";
            }
            else if (Uri.CheckHostName(host) != UriHostNameType.Dns || !host.Contains('.', StringComparison.Ordinal))
            {
                yield return $"{HostName} must be a fully qualified host name without port or path, got '{host}'.";
            }
        }

        if (HasValue(values, AppVersion) && !SemVer().IsMatch(values[AppVersion]))
        {
            yield return $"{AppVersion} must be MAJOR.MINOR.PATCH (e.g. 1.0.0), got '{values[AppVersion]}'.";
        }

        if (HasValue(values, PublisherName) && values[PublisherName].Length > 32)
        {
            yield return $"{PublisherName} may be at most 32 characters, got {values[PublisherName].Length}.";
        }

        if (HasValue(values, SsoResource) && !values[SsoResource].StartsWith("api://", StringComparison.Ordinal))
        {
            yield return $"{SsoResource} must be an Application ID URI starting with api://, got '{values[SsoResource]}'.";
        }
    }

    private static (JsonNode Json, byte[] Content)? FillAndParse(string fileName, string template, Dictionary<string, string> values, List<string> errors)
    {
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        var text = Placeholder().Replace(template, match =>
        {
            var name = match.Groups["name"].Value;
            if (HasValue(values, name))
            {
                // Values land inside JSON strings, so escape them as JSON.
                var encoded = JsonSerializer.Serialize(values[name]);
                return encoded[1..^1];
            }

            missing.Add(name);
            return match.Value;
        });

        if (missing.Count > 0)
        {
            errors.Add($"{fileName}: no value for placeholder(s) {string.Join(", ", missing)}.");
            return null;
        }

        var leftover = Placeholder().Match(text);
        if (leftover.Success)
        {
            errors.Add($"{fileName}: a value contains the placeholder {leftover.Value}.");
            return null;
        }

        try
        {
            if (JsonNode.Parse(text) is JsonObject json)
            {
                return (json, Encoding.UTF8.GetBytes(text));
            }

            errors.Add($"{fileName}: expected a JSON object.");
            return null;
        }
        catch (JsonException ex)
        {
            errors.Add($"{fileName}: not valid JSON after filling placeholders ({ex.Message}).");
            return null;
        }
    }

    private static IEnumerable<string> LanguageFiles(JsonNode manifest)
    {
        var info = manifest["localizationInfo"];
        var files = new List<string>();
        if (info?["defaultLanguageFile"]?.GetValue<string>() is { } defaultFile)
        {
            files.Add(defaultFile);
        }

        if (info?["additionalLanguages"] is JsonArray languages)
        {
            files.AddRange(languages.Select(l => l?["file"]?.GetValue<string>()).OfType<string>());
        }

        return files.Distinct(StringComparer.Ordinal);
    }

    private static List<string> PlainFileNames(IEnumerable<string> files, List<string> errors)
    {
        var plain = new List<string>();
        foreach (var file in files)
        {
            if (Path.GetFileName(file) == file && file.Length > 0)
            {
                plain.Add(file);
            }
            else
            {
                errors.Add($"'{file}' in {ManifestFileName} must be a plain file name: a Teams app package has no folders.");
            }
        }

        return plain;
    }

    private static IEnumerable<string> IconFiles(JsonNode manifest, List<string> errors)
    {
        foreach (var kind in new[] { "color", "outline" })
        {
            if (manifest["icons"]?[kind]?.GetValue<string>() is { Length: > 0 } file)
            {
                yield return file;
            }
            else
            {
                errors.Add($"{ManifestFileName} names no {kind} icon.");
            }
        }
    }

    private static void WriteZip(string outputPath, IReadOnlyList<(string Name, byte[] Content)> files)
    {
        var directory = Path.GetDirectoryName(outputPath);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        // Write next to the target and swap it in, so a failed run never leaves half a package.
        var temporary = outputPath + ".tmp";
        using (var stream = File.Create(temporary))
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
        {
            foreach (var (name, content) in files)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = EntryTimestamp;
                using var entryStream = entry.Open();
                entryStream.Write(content);
            }
        }

        File.Move(temporary, outputPath, overwrite: true);
    }

    [GeneratedRegex(@"\{\{(?<name>[A-Za-z0-9_]+)\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")]
    private static partial Regex SemVer();
}
