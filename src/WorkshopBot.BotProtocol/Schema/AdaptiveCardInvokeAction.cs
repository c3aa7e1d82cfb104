using System.Text.Json;

namespace WorkshopBot.BotProtocol.Schema;

// value.action of an adaptiveCard/action invoke: Action.Execute with the card inputs merged into data.
public sealed record AdaptiveCardInvokeAction
{
    public string? Type { get; init; }

    public string? Id { get; init; }

    public string? Verb { get; init; }

    public JsonElement? Data { get; init; }
}
