namespace WorkshopBot.Cards.Building;

internal static class JsonObjectExtensions
{
    public static JsonObject With(this JsonObject data, string key, JsonNode? value)
    {
        if (value is not null)
        {
            data[key] = value;
        }

        return data;
    }
}
