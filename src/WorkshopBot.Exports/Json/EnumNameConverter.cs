using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorkshopBot.Exports.Json;

// A nullable enum written under fixed names, with a name for null as well. The JSON export's schema
// (version 1) named some values before the export model used the Domain enums ("increase" for Up,
// "other" for an unclassified condition); these names keep the files byte-identical.
internal abstract class EnumNameConverter<TEnum>(IReadOnlyDictionary<TEnum, string> names, string nullName)
    : JsonConverter<TEnum?>
    where TEnum : struct, Enum
{
    public override bool HandleNull => true;

    public override TEnum? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        if (text == nullName)
        {
            return null;
        }

        foreach (var (value, name) in names)
        {
            if (name == text)
            {
                return value;
            }
        }

        throw new JsonException($"Unknown {typeof(TEnum).Name} value '{text}'.");
    }

    public override void Write(Utf8JsonWriter writer, TEnum? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value is { } known ? names[known] : nullName);
    }
}
