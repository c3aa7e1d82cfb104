using NJsonSchema;

namespace WorkshopBot.Deployment.Tests;

internal static class SchemaErrors
{
    public static IReadOnlyList<string> Of(JsonSchema schema, string json) =>
        schema.Validate(json).Select(e => e.ToString()).ToList();
}
