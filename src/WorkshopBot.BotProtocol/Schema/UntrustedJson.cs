using System.Text.Json;

namespace WorkshopBot.BotProtocol.Schema;

// Reading JSON that came from outside. JSON may escape half a surrogate pair ("\ud800"), which is no
// valid UTF-16 text: JsonElement.GetString and JsonProperty.Name throw InvalidOperationException for
// it. Text like that counts as absent, so bad input gets the ordinary "missing" answer, not a 500.
public static class UntrustedJson
{
    public static string? StringOf(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    public static bool HasName(JsonProperty property, string name)
    {
        try
        {
            return property.Name.Equals(name, StringComparison.OrdinalIgnoreCase);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
