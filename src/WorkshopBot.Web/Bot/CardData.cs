using System.Globalization;
using System.Text.Json;
using WorkshopBot.BotProtocol.Schema;

namespace WorkshopBot.Web.Bot;

// Read-only access to the merged data + inputs of an Action.Execute or Action.Submit. Values are
// untrusted: they select a target, and the server then checks roles and ownership itself. Text that
// is not valid UTF-16 (half a surrogate pair, in a value or a key) counts as absent (UntrustedJson).
public sealed class CardData(JsonElement? data)
{
    public string? String(string key)
    {
        if (data is not { ValueKind: JsonValueKind.Object } element || !TryGet(element, key, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => UntrustedJson.StringOf(value),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };
    }

    public int? Int(string key) =>
        int.TryParse(String(key), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    public string? Verb => String("verb");

    // Card multi-selects send "a,b,c"; the board page sends a JSON array. Both mean the same list.
    public IReadOnlyList<string> List(string key, char separator)
    {
        if (data is { ValueKind: JsonValueKind.Object } element && TryGet(element, key, out var value) && value.ValueKind == JsonValueKind.Array)
        {
            return value.EnumerateArray()
                .Where(item => item.ValueKind == JsonValueKind.String)
                .Select(item => UntrustedJson.StringOf(item)?.Trim() ?? "")
                .Where(item => item.Length > 0)
                .ToArray();
        }

        return (String(key) ?? "").Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private static bool TryGet(JsonElement element, string key, out JsonElement value)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (UntrustedJson.HasName(property, key))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }
}
