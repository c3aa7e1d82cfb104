namespace WorkshopBot.Cards.Building;

// Small factory for Adaptive Card 1.5 elements. Null children are dropped, so builders can write
// `condition ? Element(...) : null` and empty elements never reach the card.
internal static class Ac
{
    public const string Version = "1.5";
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    public static JsonObject Card(IEnumerable<JsonNode?> body, IEnumerable<JsonNode?>? actions = null, JsonObject? refresh = null)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = SchemaUrl,
            ["version"] = Version,
        };
        if (refresh is not null)
        {
            card["refresh"] = refresh;
        }

        card["body"] = Array(body);
        AddActions(card, actions);

        // Teams-only: let the card use the full width of the chat pane.
        card["msteams"] = new JsonObject { ["width"] = "Full" };
        return card;
    }

    public static JsonObject SubCard(IEnumerable<JsonNode?> body, IEnumerable<JsonNode?>? actions = null)
    {
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["body"] = Array(body) };
        AddActions(card, actions);
        return card;
    }

    public static JsonArray Array(IEnumerable<JsonNode?>? items)
    {
        var array = new JsonArray();
        if (items is null)
        {
            return array;
        }

        foreach (var item in items)
        {
            if (item is not null)
            {
                array.Add(item);
            }
        }

        return array;
    }

    public static JsonObject Text(
        string text,
        string? size = null,
        string? weight = null,
        string? color = null,
        bool subtle = false,
        string? spacing = null,
        bool separator = false,
        int? maxLines = null,
        string? style = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        Set(block, "size", size);
        Set(block, "weight", weight);
        Set(block, "color", color);
        if (subtle)
        {
            block["isSubtle"] = true;
        }

        if (maxLines is not null)
        {
            block["maxLines"] = maxLines.Value;
        }

        Set(block, "style", style);
        return Spaced(block, spacing, separator);
    }

    // An image Teams fetches by itself (without the user's sign-in): the URL must carry its own permission.
    public static JsonObject Image(string url, string altText) =>
        new() { ["type"] = "Image", ["url"] = url, ["altText"] = altText, ["size"] = "Stretch" };

    public static JsonObject Heading(string text, string size = "Medium") =>
        Text(text, size: size, weight: "Bolder", style: "heading");

    public static JsonObject? Container(IEnumerable<JsonNode?> items, string? style = null, string? spacing = null, bool separator = false)
    {
        var array = Array(items);
        if (array.Count == 0)
        {
            return null;
        }

        var container = new JsonObject { ["type"] = "Container", ["items"] = array };
        Set(container, "style", style);
        return Spaced(container, spacing, separator);
    }

    public static JsonObject? Facts(IEnumerable<(string Title, string? Value)> facts, string? spacing = null)
    {
        var array = new JsonArray();
        foreach (var (title, value) in facts)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                array.Add(new JsonObject { ["title"] = title, ["value"] = value });
            }
        }

        if (array.Count == 0)
        {
            return null;
        }

        return Spaced(new JsonObject { ["type"] = "FactSet", ["facts"] = array }, spacing, false);
    }

    public static JsonObject? Actions(IEnumerable<JsonNode?> actions, string? spacing = null)
    {
        var array = Array(actions);
        return array.Count == 0 ? null : Spaced(new JsonObject { ["type"] = "ActionSet", ["actions"] = array }, spacing, false);
    }

    public static JsonObject Columns(params JsonObject?[] columns)
    {
        return new JsonObject { ["type"] = "ColumnSet", ["columns"] = Array(columns) };
    }

    public static JsonObject Column(IEnumerable<JsonNode?> items, string width = "stretch", string? verticalAlignment = null)
    {
        var column = new JsonObject { ["type"] = "Column", ["width"] = width, ["items"] = Array(items) };
        Set(column, "verticalContentAlignment", verticalAlignment);
        return column;
    }

    public static JsonObject Execute(string title, string verb, JsonObject data, string? style = null, bool enabled = true, bool withInputs = true, string? tooltip = null)
    {
        var action = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = title,
            ["verb"] = verb,
            ["data"] = data,
        };
        Set(action, "style", style);
        Set(action, "tooltip", tooltip);
        if (!enabled)
        {
            action["isEnabled"] = false;
        }

        if (!withInputs)
        {
            // Navigation buttons must not be blocked by required inputs elsewhere on the card.
            action["associatedInputs"] = "none";
        }

        return action;
    }

    public static JsonObject OpenUrl(string title, string url) =>
        new() { ["type"] = "Action.OpenUrl", ["title"] = title, ["url"] = url };

    public static JsonObject ShowCard(string title, JsonObject card) =>
        new() { ["type"] = "Action.ShowCard", ["title"] = title, ["card"] = card };

    public static JsonObject Data(params (string Key, JsonNode? Value)[] pairs)
    {
        var data = new JsonObject();
        foreach (var (key, value) in pairs)
        {
            if (value is not null)
            {
                data[key] = value;
            }
        }

        return data;
    }

    public static JsonObject InputText(
        string id,
        string label,
        string? value = null,
        string? placeholder = null,
        bool multiline = false,
        int? maxLength = null,
        bool required = false,
        string? errorMessage = null)
    {
        var input = new JsonObject { ["type"] = "Input.Text", ["id"] = id, ["label"] = label };
        Set(input, "placeholder", placeholder);
        Set(input, "value", value);
        if (multiline)
        {
            input["isMultiline"] = true;
        }

        if (maxLength is not null)
        {
            input["maxLength"] = maxLength.Value;
        }

        AddRequired(input, required, errorMessage);
        return input;
    }

    // Input.Date submits "yyyy-MM-dd"; min/max in the same format.
    public static JsonObject InputDate(string id, string label, string? value = null, string? min = null, bool required = false, string? errorMessage = null)
    {
        var input = new JsonObject { ["type"] = "Input.Date", ["id"] = id, ["label"] = label };
        Set(input, "value", value);
        Set(input, "min", min);
        AddRequired(input, required, errorMessage);
        return input;
    }

    // Input.Time submits "HH:mm".
    public static JsonObject InputTime(string id, string label, string? value = null, bool required = false, string? errorMessage = null)
    {
        var input = new JsonObject { ["type"] = "Input.Time", ["id"] = id, ["label"] = label };
        Set(input, "value", value);
        AddRequired(input, required, errorMessage);
        return input;
    }

    public static JsonObject ChoiceSet(
        string id,
        string label,
        IEnumerable<(string Title, string Value)> choices,
        string? value = null,
        bool multiSelect = false,
        bool expanded = false,
        bool required = false,
        string? errorMessage = null,
        string? placeholder = null)
    {
        var array = new JsonArray();
        foreach (var (title, choiceValue) in choices)
        {
            array.Add(new JsonObject { ["title"] = title, ["value"] = choiceValue });
        }

        var input = new JsonObject { ["type"] = "Input.ChoiceSet", ["id"] = id, ["label"] = label, ["choices"] = array };
        Set(input, "value", value);
        Set(input, "placeholder", placeholder);
        if (multiSelect)
        {
            input["isMultiSelect"] = true;
        }

        input["style"] = expanded ? "expanded" : "compact";
        input["wrap"] = true;
        AddRequired(input, required, errorMessage);
        return input;
    }

    public static JsonObject Toggle(string id, string label, string title, bool value)
    {
        return new JsonObject
        {
            ["type"] = "Input.Toggle",
            ["id"] = id,
            ["label"] = label,
            ["title"] = title,
            ["value"] = value ? CardValues.True : CardValues.False,
            ["valueOn"] = CardValues.True,
            ["valueOff"] = CardValues.False,
        };
    }

    public static JsonObject Refresh(string verb, JsonObject data, IReadOnlyList<string> userIds)
    {
        var userArray = new JsonArray();
        foreach (var id in userIds)
        {
            userArray.Add(id);
        }

        return new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["userIds"] = userArray,
        };
    }

    private static void AddActions(JsonObject card, IEnumerable<JsonNode?>? actions)
    {
        var array = Array(actions);
        if (array.Count > 0)
        {
            card["actions"] = array;
        }
    }

    private static void AddRequired(JsonObject input, bool required, string? errorMessage)
    {
        if (!required)
        {
            return;
        }

        input["isRequired"] = true;
        Set(input, "errorMessage", errorMessage);
    }

    private static JsonObject Spaced(JsonObject element, string? spacing, bool separator)
    {
        Set(element, "spacing", spacing);
        if (separator)
        {
            element["separator"] = true;
        }

        return element;
    }

    private static void Set(JsonObject element, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            element[key] = value;
        }
    }
}
