using System.Text.Json;

namespace WorkshopBot.IntegrationTests.EndToEnd;

// Finds the first string value under a key anywhere in a card (ids live in Action.Execute data).
internal static class CardSearch
{
    public static string? FindData(JsonElement element, string key)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == key && property.Value.ValueKind == JsonValueKind.String)
                    {
                        return property.Value.GetString();
                    }

                    if (FindData(property.Value, key) is { } found)
                    {
                        return found;
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FindData(item, key) is { } found)
                    {
                        return found;
                    }
                }

                break;
        }

        return null;
    }
}
