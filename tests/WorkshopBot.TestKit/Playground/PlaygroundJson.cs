using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorkshopBot.TestKit.Playground;

internal static class PlaygroundJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
