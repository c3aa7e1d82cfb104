using System.Text.Json;

namespace WorkshopBot.BotProtocol.Schema;

// The one serializer configuration for the wire: camelCase, nulls omitted, keys read
// case-insensitively, unknown fields kept through [JsonExtensionData].
public static class BotJson
{
    public const int MaxDepth = 64;

    public static BotJsonContext Context => BotJsonContext.Default;

    public static JsonSerializerOptions Options => BotJsonContext.Default.Options;

    public static Activity? DeserializeActivity(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize(utf8Json, Context.Activity);

    public static string Serialize(Activity activity) => JsonSerializer.Serialize(activity, Context.Activity);
}
