using System.Text.Json.Nodes;

namespace WorkshopBot.Deployment.Tests;

/// <summary>
/// Walks a template compiled by bicep: the root template (resources as an object when it uses
/// languageVersion 2.0) and every module, which becomes a nested Microsoft.Resources/deployments
/// with its own template (resources as an array).
/// </summary>
internal static class ArmTemplate
{
    public const string DeploymentType = "Microsoft.Resources/deployments";

    public static IReadOnlyList<ArmResource> Resources(JsonObject root)
    {
        var all = new List<ArmResource>();
        Collect(root, module: null, all);
        return all;
    }

    public static IReadOnlyList<(string? Module, JsonObject Template)> Templates(JsonObject root)
    {
        var all = new List<(string?, JsonObject)> { (null, root) };
        foreach (var deployment in Resources(root).Where(r => r.Type == DeploymentType))
        {
            if (deployment.Properties["template"] is JsonObject nested)
            {
                all.Add((deployment.String("name"), nested));
            }
        }

        return all;
    }

    public static IEnumerable<ArmResource> OfType(JsonObject root, string type) =>
        Resources(root).Where(r => string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase));

    public static JsonObject ModuleParameters(JsonObject root, string moduleName) =>
        Resources(root).Single(r => r.Type == DeploymentType && r.String("name") == moduleName).Properties["parameters"]!.AsObject();

    private static void Collect(JsonObject template, string? module, List<ArmResource> into)
    {
        IEnumerable<JsonNode?> resources = template["resources"] switch
        {
            JsonArray array => array,
            JsonObject byName => byName.Select(p => p.Value),
            _ => [],
        };

        foreach (var resource in resources.OfType<JsonObject>())
        {
            var type = resource["type"]?.GetValue<string>() ?? "";
            into.Add(new ArmResource(type, resource, module));
            if (type == DeploymentType && resource["properties"]?["template"] is JsonObject nested)
            {
                Collect(nested, resource["name"]?.GetValue<string>(), into);
            }
        }
    }
}
