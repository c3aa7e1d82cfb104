using System.Text.Json.Serialization;

namespace WorkshopBot.BotProtocol.Schema;

// trigger is "manual" or "automatic" (refresh); the local Playground omits it.
public sealed record AdaptiveCardInvokeValue
{
    public AdaptiveCardInvokeAction? Action { get; init; }

    public string? Trigger { get; init; }

    [JsonIgnore]
    public bool IsRefresh => string.Equals(Trigger, "automatic", StringComparison.OrdinalIgnoreCase);
}
