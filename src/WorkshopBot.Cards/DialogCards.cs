namespace WorkshopBot.Cards;

// Forms shown in a Teams dialog (task module) instead of inside a card others can update: a shared
// step card is PUT and re-rendered whenever anyone adds a note, which wipes whatever a user was typing
// in it; an open dialog is never touched by card updates (PROTOCOL.md §6).
//
// The dialog shows the same form the inline path builds (ProposeForm…): one set of fields, one verb
// vocabulary. Only where it is shown changes:
// - the opener is an Action.Submit with data.msteams.type "task/fetch" (Action.Execute cannot open a dialog);
//   a client without dialogs sends it as a plain message submit, and the bot then posts the inline form as
//   a message of its own, which no shared update touches;
// - inside the dialog, the form's Action.Execute actions become Action.Submit (task/submit) carrying their
//   verb in data, and navigation actions (Annuleren → showStep) are dropped: a dialog closes with its own ✕.
public static class DialogCards
{
    public const string VerbKey = "verb";

    // Actions that move the card elsewhere (Annuleren → the step card): a dialog has its own ✕ instead.
    private static readonly HashSet<string> Navigation =
    [
        CardVerbs.ShowHelp, CardVerbs.ShowCreateTrajectForm, CardVerbs.ShowStartWerkgroepForm, CardVerbs.ShowStep,
        CardVerbs.ShowProposeForm, CardVerbs.ShowEditForm, CardVerbs.ShowEditNoteForm, CardVerbs.ShowMoveNoteForm, CardVerbs.ShowPromoteForm,
        CardVerbs.GoToStep, CardVerbs.RefreshStep, CardVerbs.RefreshItem, CardVerbs.RefreshSummary,
    ];
    public const string TaskFetch = "task/fetch";

    // The card button that opens a dialog: task/fetch carries the data, the verb names the form.
    public static JsonObject Open(string title, string verb, JsonObject data, string? style = null)
    {
        var payload = data.DeepClone().AsObject();
        payload[VerbKey] = verb;
        payload["msteams"] = new JsonObject { ["type"] = TaskFetch };
        var action = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = payload };
        if (style is not null)
        {
            action["style"] = style;
        }

        return action;
    }

    // The dialog version of an inline form card. `extraData` (e.g. the id of the card the dialog was opened
    // from) is added to every submit. Values typed earlier (`typed`) are put back into the inputs and
    // `error` is shown on top, so an invalid submit loses nothing.
    public static JsonObject FromForm(JsonObject form, IReadOnlyDictionary<string, string>? typed = null, string? error = null, JsonObject? extraData = null)
    {
        var card = form.DeepClone().AsObject();
        card.Remove("refresh");
        Rewrite(card, typed ?? new Dictionary<string, string>(), extraData);
        if (!string.IsNullOrWhiteSpace(error) && card["body"] is JsonArray body)
        {
            body.Insert(0, Chrome.ErrorBlock(error));
        }

        return card;
    }

    // The dialog's title: the form's first heading.
    public static string Title(JsonObject form) =>
        form["body"] is JsonArray body
            ? body.OfType<JsonObject>().FirstOrDefault(e => (string?)e["type"] == "TextBlock")?["text"]?.GetValue<string>() ?? ""
            : "";

    private static void Rewrite(JsonNode? node, IReadOnlyDictionary<string, string> typed, JsonObject? extraData)
    {
        switch (node)
        {
            case JsonObject element:
                if (((string?)element["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true
                    && (string?)element["id"] is { } id && typed.TryGetValue(id, out var value))
                {
                    element["value"] = value;
                }

                foreach (var key in new[] { "body", "items", "columns", "actions" })
                {
                    if (element[key] is JsonArray children)
                    {
                        RewriteActions(children, typed, extraData);
                        foreach (var child in children)
                        {
                            Rewrite(child, typed, extraData);
                        }
                    }
                }

                if (element["card"] is JsonObject shown)
                {
                    Rewrite(shown, typed, extraData);
                }

                break;
        }
    }

    private static void RewriteActions(JsonArray children, IReadOnlyDictionary<string, string> typed, JsonObject? extraData)
    {
        for (var i = children.Count - 1; i >= 0; i--)
        {
            if (children[i] is not JsonObject action || (string?)action["type"] != "Action.Execute")
            {
                continue;
            }

            var verb = (string?)action["verb"] ?? "";
            if (Navigation.Contains(verb))
            {
                children.RemoveAt(i);
                continue;
            }

            var data = action["data"]?.DeepClone() as JsonObject ?? new JsonObject();
            data[VerbKey] = verb;
            foreach (var (key, extra) in extraData ?? new JsonObject())
            {
                data[key] = extra?.DeepClone();
            }

            var submit = new JsonObject { ["type"] = "Action.Submit", ["title"] = action["title"]?.DeepClone(), ["data"] = data };
            foreach (var key in new[] { "style", "isEnabled", "tooltip" })
            {
                if (action[key] is { } copied)
                {
                    submit[key] = copied.DeepClone();
                }
            }

            children[i] = submit;
        }
    }
}
