using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;

namespace WorkshopBot.TestKit.Cards;

// Validates cards against the official Adaptive Card 1.5 schema (../shared/schemas relative to the
// repository root). Teams-only keys (msteams) are stripped first because the schema forbids unknown
// properties. On top of the schema it checks what the schema leaves open but Teams needs: a root
// AdaptiveCard of version 1.5, a verb on every Action.Execute, and unique input ids.
public sealed class AdaptiveCardSchemaValidator
{
    public const string SchemaFileName = "adaptive-card-1.5.json";

    private static readonly Lazy<AdaptiveCardSchemaValidator> Shared = new(() => new AdaptiveCardSchemaValidator(LocateSchema()));

    private static readonly string[] TeamsOnlyKeys = ["msteams"];

    private readonly JsonSchema schema;

    public AdaptiveCardSchemaValidator(string schemaPath)
    {
        schema = JsonSchema.FromJsonAsync(File.ReadAllText(schemaPath)).GetAwaiter().GetResult();
    }

    public static AdaptiveCardSchemaValidator Instance => Shared.Value;

    public static string LocateSchema()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WorkshopBot.sln")))
            {
                var path = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "schemas", SchemaFileName));
                if (File.Exists(path))
                {
                    return path;
                }

                throw new FileNotFoundException($"The Adaptive Card schema was not found next to the repository at {path}.", path);
            }
        }

        throw new DirectoryNotFoundException($"No directory containing WorkshopBot.sln above {AppContext.BaseDirectory}.");
    }

    public static JsonNode StripTeamsOnlyKeys(JsonNode card)
    {
        var copy = card.DeepClone();
        Strip(copy);
        return copy;
    }

    public IReadOnlyList<string> Validate(JsonNode card)
    {
        var errors = new List<string>();
        if (card is not JsonObject root)
        {
            return ["The card is not a JSON object."];
        }

        if ((string?)root["type"] != "AdaptiveCard")
        {
            errors.Add("Root type must be AdaptiveCard.");
        }

        if ((string?)root["version"] != "1.5")
        {
            errors.Add("Root version must be 1.5.");
        }

        var stripped = StripTeamsOnlyKeys(card);
        foreach (var error in schema.Validate(stripped.ToJsonString()))
        {
            Flatten(error, errors);
        }

        CheckActionsAndInputs(card, errors, new HashSet<string>(StringComparer.Ordinal));
        return errors;
    }

    public void AssertValid(JsonNode card)
    {
        var errors = Validate(card);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("Adaptive Card is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Take(20)));
        }
    }

    private static void Strip(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in TeamsOnlyKeys)
                {
                    obj.Remove(key);
                }

                foreach (var (_, child) in obj.ToList())
                {
                    Strip(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Strip(child);
                }

                break;
        }
    }

    private static void Flatten(ValidationError error, List<string> errors)
    {
        if (error is ChildSchemaValidationError child && child.Errors.Count > 0)
        {
            // anyOf over element types: report the branch that matched the element's own type when we
            // can find one, otherwise the generic error.
            errors.Add($"{error.Kind} at {error.Path}");
            foreach (var nested in child.Errors.Values.SelectMany(e => e).Where(e => e.Kind != ValidationErrorKind.NotInEnumeration).Take(5))
            {
                errors.Add($"  {nested.Kind} at {nested.Path} ({nested.Property})");
            }

            return;
        }

        errors.Add($"{error.Kind} at {error.Path} ({error.Property})");
    }

    private static void CheckActionsAndInputs(JsonNode? node, List<string> errors, HashSet<string> inputIds)
    {
        switch (node)
        {
            case JsonObject obj:
                var type = obj["type"] is JsonValue typeValue && typeValue.TryGetValue<string>(out var t) ? t : null;
                if (type == "Action.Execute" && string.IsNullOrWhiteSpace((string?)obj["verb"]))
                {
                    errors.Add("Action.Execute without a verb.");
                }

                if (type is not null && type.StartsWith("Input.", StringComparison.Ordinal)
                    && obj["id"] is JsonValue idValue && idValue.TryGetValue<string>(out var id) && !inputIds.Add(id))
                {
                    errors.Add($"Duplicate input id '{id}'.");
                }

                foreach (var (_, child) in obj)
                {
                    CheckActionsAndInputs(child, errors, inputIds);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    CheckActionsAndInputs(child, errors, inputIds);
                }

                break;
        }
    }
}
