using System.Text.Json.Nodes;

namespace WorkshopBot.TestKit.Cards;

// Read-only helpers for asserting on card JSON: every object in the tree, actions, texts, inputs.
public static class CardQuery
{
    public static IEnumerable<JsonObject> Objects(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var (_, child) in obj)
                {
                    foreach (var nested in Objects(child))
                    {
                        yield return nested;
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    foreach (var nested in Objects(child))
                    {
                        yield return nested;
                    }
                }

                break;
        }
    }

    public static string? TypeOf(JsonObject element) =>
        element["type"] is JsonValue value && value.TryGetValue<string>(out var type) ? type : null;

    public static IEnumerable<JsonObject> OfType(JsonNode card, string type) =>
        Objects(card).Where(o => TypeOf(o) == type);

    // Action.Execute elements, including the one inside refresh.
    public static IReadOnlyList<JsonObject> ExecuteActions(JsonNode card) => OfType(card, "Action.Execute").ToList();

    public static IReadOnlyList<JsonObject> ExecuteActions(JsonNode card, string verb) =>
        ExecuteActions(card).Where(a => (string?)a["verb"] == verb).ToList();

    // Action.Submit buttons that open a Teams dialog (data.msteams.type "task/fetch") showing the form `verb`.
    public static IReadOnlyList<JsonObject> DialogOpeners(JsonNode card, string verb) =>
        OfType(card, "Action.Submit")
            .Where(a => (string?)a["data"]?["msteams"]?["type"] == "task/fetch" && (string?)a["data"]?["verb"] == verb)
            .ToList();

    public static IReadOnlyList<string> Verbs(JsonNode card) =>
        ExecuteActions(card).Select(a => (string?)a["verb"] ?? string.Empty).ToList();

    public static IReadOnlyList<string> Texts(JsonNode card) =>
        Objects(card)
            .Where(o => TypeOf(o) == "TextBlock")
            .Select(o => (string?)o["text"] ?? string.Empty)
            .Concat(OfType(card, "FactSet").SelectMany(f => f["facts"]!.AsArray().Select(x => (string?)x!["value"] ?? string.Empty)))
            .ToList();

    public static string AllText(JsonNode card) => string.Join("\n", Texts(card));

    public static IReadOnlyList<string> ActionTitles(JsonNode card) =>
        Objects(card).Where(o => TypeOf(o)?.StartsWith("Action.", StringComparison.Ordinal) == true && o["title"] is not null)
            .Select(o => (string)o["title"]!)
            .ToList();

    public static JsonObject? Input(JsonNode card, string id) =>
        Objects(card).FirstOrDefault(o => TypeOf(o)?.StartsWith("Input.", StringComparison.Ordinal) == true && (string?)o["id"] == id);

    public static IReadOnlyList<JsonObject> Inputs(JsonNode card) =>
        Objects(card).Where(o => TypeOf(o)?.StartsWith("Input.", StringComparison.Ordinal) == true).ToList();
}
