using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorkshopBot.Application.Commands;

// Board JSON -> command. The data object is the command record itself (camelCase, enums as camelCase
// strings), so the page and the server share one vocabulary instead of a second set of verb aliases.
public static class CommandJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false), new ItemDraftJsonConverter() },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    // Null for an unknown verb or data that does not fit the command (wrong types, invalid text).
    public static WerkgroepCommand? Parse(string verb, JsonElement data)
    {
        if (!CommandVerbs.BoardCommands.TryGetValue(verb, out var type) || data.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        try
        {
            // A missing draft deserialises as null although the record says it cannot be; such a form is malformed.
            var command = data.Deserialize(type, Options) as WerkgroepCommand;
            return command is EditItem { Draft: null } or ProposeItem { Draft: null } ? null : command;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException)
        {
            return null;
        }
    }
}
