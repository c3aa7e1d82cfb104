using System.Globalization;
using NJsonSchema;
using NJsonSchema.References;

namespace WorkshopBot.Deployment.Tests;

/// <summary>
/// The official Teams manifest and localization schemas shipped by the npm package
/// @microsoft/app-manifest, loaded from disk with remote references refused so validation
/// never touches the network.
/// </summary>
internal static class TeamsSchemas
{
    private static readonly Lazy<Task<JsonSchema>> LazyManifest = new(() => LoadAsync("MicrosoftTeams.schema.json"));
    private static readonly Lazy<Task<JsonSchema>> LazyLocalization = new(() => LoadAsync("MicrosoftTeams.Localization.schema.json"));

    public static string SchemaRoot => Path.Combine(RepositoryPaths.NodeModules, "@microsoft", "app-manifest", "build", "json-schemas", "teams");

    public static string NewestVersion
    {
        get
        {
            var versions = Directory.GetDirectories(SchemaRoot, "v1.*")
                .Select(Path.GetFileName)
                .OfType<string>()
                .Select(name => (Name: name, Minor: int.TryParse(name["v1.".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var minor) ? minor : -1))
                .Where(v => v.Minor >= 0 && File.Exists(Path.Combine(SchemaRoot, v.Name, "MicrosoftTeams.schema.json")))
                .OrderByDescending(v => v.Minor)
                .ToList();
            if (versions.Count == 0)
            {
                throw new InvalidOperationException($"No v1.NN schema folders in {SchemaRoot}.");
            }

            return versions[0].Name[1..];
        }
    }

    public static Task<JsonSchema> ManifestAsync() => LazyManifest.Value;

    public static Task<JsonSchema> LocalizationAsync() => LazyLocalization.Value;

    private static Task<JsonSchema> LoadAsync(string fileName)
    {
        var path = Path.Combine(SchemaRoot, "v" + NewestVersion, fileName);
        return JsonSchema.FromFileAsync(path, schema => new OfflineReferenceResolver(schema), CancellationToken.None);
    }

    private sealed class OfflineReferenceResolver(JsonSchema root)
        : JsonReferenceResolver(new JsonSchemaAppender(root, new DefaultTypeNameGenerator()))
    {
        public override Task<IJsonReference> ResolveUrlReferenceAsync(string url, CancellationToken cancellationToken) =>
            throw new InvalidOperationException($"The schema references '{url}'; map it to a file under node_modules instead of fetching it.");
    }
}
