using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorkshopBot.Exports.Json;

// Enum values as camelCase strings ("tellen", "needToKnow"), like the property names; a generic
// subclass because source-generated contexts can only name converters with a parameterless constructor.
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
